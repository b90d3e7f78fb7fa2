#!/usr/bin/env bash
# Second producer for the form fixtures: LibreOffice headless re-saves exceljs-made forms as
# its own .xlsx, and writes an Excel 97-2003 .xls and an .ods (read back through conversion).
# Usage: node scripts/make-form-fixtures.mjs && bash scripts/make-lo-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
src=fixtures/forms/exceljs
dst=fixtures/forms/libreoffice
mkdir -p "$dst"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
profile="-env:UserInstallation=file://$tmp/profile"
convert() { # input format name
  soffice "$profile" --headless --norestore --convert-to "$2" --outdir "$tmp/out" "$1" > /dev/null 2>&1
  local produced="$tmp/out/$(basename "${1%.*}").${2%%:*}"
  mv "$produced" "$dst/$3"
}
convert "$src/nghe-an-2024-9thang.xlsx" xlsx nghe-an-2024-9thang-lo.xlsx
convert "$src/tong-hop-bac-trung-bo-2024-9thang.xlsx" xlsx tong-hop-bac-trung-bo-2024-9thang-lo.xlsx
convert "$src/ha-tinh-2024-9thang-nghin-dong.xlsx" xls ha-tinh-2024-9thang-nghin-dong.xls
convert "$src/quang-binh-2024-9thang-khong-dau.xlsx" ods quang-binh-2024-9thang-khong-dau.ods
ls -l "$dst"
