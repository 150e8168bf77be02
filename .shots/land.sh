#!/bin/bash
# run the full suite, and land only if it passed
cd /work/wt/checkin
npm test > /tmp/checkin-test3.log 2>&1
rc=$?
echo "EXIT $rc" >> /tmp/checkin-test3.log
if [ $rc -eq 0 ]; then
  cd /work/main && git merge --ff-only checkin >> /tmp/checkin-test3.log 2>&1
  echo "MERGE $?" >> /tmp/checkin-test3.log
fi
