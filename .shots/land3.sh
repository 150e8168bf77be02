#!/bin/bash
# Full suite; a failure of the documents helper's timing test alone (render-docx, flaky under load) is re-run once on its own.
cd /work/wt/checkin
L=/tmp/checkin-land.log
: > $L
npm run typecheck >> $L 2>&1 || { echo "EXIT typecheck" >> $L; exit 1; }
npx vitest run > /tmp/checkin-unit.log 2>&1
if [ $? -ne 0 ]; then
  failing=$(grep -E "FAIL " /tmp/checkin-unit.log | grep -v "render-docx.test.ts" | wc -l)
  if [ "$failing" -ne 0 ]; then echo "EXIT unit" >> $L; exit 1; fi
  echo "unit: only render-docx timing failed; re-running it alone" >> $L
  npx vitest run tests/unit/src-renderer/lib/documents/render-docx.test.ts >> $L 2>&1 || { echo "EXIT unit-docx" >> $L; exit 1; }
fi
echo "unit ok" >> $L
npx electron-vite build >> $L 2>&1 || { echo "EXIT build" >> $L; exit 1; }
npx playwright test -c tests/e2e/playwright.config.ts >> $L 2>&1 || { echo "EXIT e2e" >> $L; exit 1; }
echo "EXIT 0" >> $L
cd /work/main && git merge --ff-only checkin >> $L 2>&1
echo "MERGE $?" >> $L
