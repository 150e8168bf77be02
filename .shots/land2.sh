#!/bin/bash
# build + e2e (typecheck and unit already run), land only if green
cd /work/wt/checkin
{ npx electron-vite build && npx playwright test -c tests/e2e/playwright.config.ts; } > /tmp/checkin-test4.log 2>&1
rc=$?
echo "EXIT $rc" >> /tmp/checkin-test4.log
if [ $rc -eq 0 ]; then
  cd /work/main && git merge --ff-only checkin >> /tmp/checkin-test4.log 2>&1
  echo "MERGE $?" >> /tmp/checkin-test4.log
fi
