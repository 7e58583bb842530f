#!/bin/sh
# PDF report: GET /r/{verificationId}/report.pdf.
#
# curl 7.76 or later. Run:
#   KEYBS_BASE_URL=https://api.trust.keybs.io KEYBS_VERIFICATION_ID=… sh samples/shell/getReportPdf.sh
# It saves the answer (application/pdf) to report.pdf.
set -eu
: "${KEYBS_BASE_URL:?Set KEYBS_BASE_URL in the environment.}"
: "${KEYBS_VERIFICATION_ID:?Set KEYBS_VERIFICATION_ID in the environment.}"

curl -sS --fail-with-body --max-time 30 -o report.pdf -X GET "$KEYBS_BASE_URL/r/${KEYBS_VERIFICATION_ID}/report.pdf" \
  -H "Accept: application/pdf"
echo report.pdf
