<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ChartMenu</name>
    <message>
        <location filename="../../backan_desktop/ui/chart_menu.py" line="24"/>
        <source>Copy image</source>
        <translation>Sao chép hình</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/chart_menu.py" line="25"/>
        <source>Save as PNG…</source>
        <translation>Lưu thành PNG…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/chart_menu.py" line="26"/>
        <source>Save as SVG…</source>
        <translation>Lưu thành SVG…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/chart_menu.py" line="27"/>
        <source>Show data table</source>
        <translation>Xem bảng số liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/chart_menu.py" line="40"/>
        <location filename="../../backan_desktop/ui/chart_menu.py" line="52"/>
        <location filename="../../backan_desktop/ui/chart_menu.py" line="79"/>
        <source>Save chart</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/chart_menu.py" line="48"/>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/chart_menu.py" line="53"/>
        <location filename="../../backan_desktop/ui/chart_menu.py" line="80"/>
        <source>Could not write {path}</source>
        <translation>Không ghi được {path}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/chart_menu.py" line="77"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Hình vẽ SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/chart_menu.py" line="84"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/chart_menu.py" line="94"/>
        <source>Data of {title}</source>
        <translation>Số liệu của {title}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>{folder}: no such folder</source>
        <translation>{folder}: không có thư mục này</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="26"/>
        <source>Export sheet as PDF</source>
        <translation>Xuất trang thành PDF</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="26"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="35"/>
        <location filename="../../backan_desktop/ui/commands.py" line="90"/>
        <location filename="../../backan_desktop/ui/commands.py" line="151"/>
        <location filename="../../backan_desktop/ui/commands.py" line="180"/>
        <source>Export failed</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="37"/>
        <source>Saved {path} ({n} pages)</source>
        <translation>Đã lưu {path} ({n} trang)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="67"/>
        <source>Export handout set to folder</source>
        <translation>Xuất bộ tài liệu phát tay vào thư mục</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="72"/>
        <source>Exporting the handout set…</source>
        <translation>Đang xuất bộ tài liệu phát tay…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="72"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="73"/>
        <source>Export handout set</source>
        <translation>Xuất bộ tài liệu phát tay</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="82"/>
        <source>Exporting {name}…</source>
        <translation>Đang xuất {name}…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="86"/>
        <source>Saved {n} files in {folder}</source>
        <translation>Đã lưu {n} tệp vào {folder}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="94"/>
        <source>Export cancelled.</source>
        <translation>Đã hủy xuất tệp.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="111"/>
        <source>Print {title}</source>
        <translation>In {title}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="124"/>
        <source>Import a table or data package</source>
        <translation>Nhập bảng số liệu hoặc gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="125"/>
        <source>Tables and data packages (*.csv *.txt *.tsv *.xlsx *.xlsm *.zip datapackage.json);;All files (*)</source>
        <translation>Bảng số liệu và gói dữ liệu (*.csv *.txt *.tsv *.xlsx *.xlsm *.zip datapackage.json);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="141"/>
        <source>Export update template</source>
        <translation>Xuất mẫu cập nhật số liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="142"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="150"/>
        <source>Saved {path}: {n} rows to fill</source>
        <translation>Đã lưu {path}: {n} dòng cần điền</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="163"/>
        <source>Export table</source>
        <translation>Xuất bảng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="164"/>
        <source>Excel workbooks (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Sổ tính Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="182"/>
        <source>Saved {path}</source>
        <translation>Đã lưu {path}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="188"/>
        <location filename="../../backan_desktop/ui/commands.py" line="196"/>
        <source>Remove dataset</source>
        <translation>Xóa bộ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="189"/>
        <source>Remove the imported dataset &apos;{id}&apos; from the library? The original file is not touched.</source>
        <translation>Xóa bộ dữ liệu đã nhập &apos;{id}&apos; khỏi thư viện? Tệp gốc không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="215"/>
        <source>Saving {path}…</source>
        <translation>Đang lưu {path}…</translation>
    </message>
</context>
<context>
    <name>CopyTableView</name>
    <message>
        <location filename="../../backan_desktop/ui/table_view.py" line="39"/>
        <source>Copy with headers</source>
        <translation>Sao chép kèm tiêu đề cột</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../backan_desktop/qt/app.py" line="109"/>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/qt/app.py" line="110"/>
        <source>Something went wrong. The details were written to the log file:</source>
        <translation>Đã xảy ra lỗi. Chi tiết được ghi vào tệp nhật ký:</translation>
    </message>
</context>
<context>
    <name>DatasetsPage</name>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="111"/>
        <source>Datasets</source>
        <translation>Bộ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="112"/>
        <source>Filter rows…</source>
        <translation>Lọc dòng…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="113"/>
        <source>Filter rows</source>
        <translation>Lọc dòng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="114"/>
        <source>Column to filter</source>
        <translation>Cột để lọc</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="116"/>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="173"/>
        <source>All columns</source>
        <translation>Tất cả các cột</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="117"/>
        <source>Dataset table</source>
        <translation>Bảng dữ liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="118"/>
        <source>Export table…</source>
        <translation>Xuất bảng…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="119"/>
        <source>Save this table as an Excel workbook or a CSV file</source>
        <translation>Lưu bảng này thành sổ tính Excel hoặc tệp CSV</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="120"/>
        <source>Remove…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="121"/>
        <source>Remove this imported dataset from the library</source>
        <translation>Xóa bộ dữ liệu đã nhập này khỏi thư viện</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="194"/>
        <source>Sheet id: dataset:{id} · package {pkg} {ver} · {rows} rows × {cols} columns</source>
        <translation>Mã trang: dataset:{id} · gói {pkg} {ver} · {rows} dòng × {cols} cột</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="209"/>
        <source>{shown} of {total} rows</source>
        <translation>{shown} trên {total} dòng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="226"/>
        <source>This table has no numeric series to chart.</source>
        <translation>Bảng này không có chuỗi số liệu để vẽ biểu đồ.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="180"/>
        <source>Reading {rows} rows…</source>
        <translation>Đang đọc {rows} dòng…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="200"/>
        <source>This dataset could not be read: {error}</source>
        <translation>Không đọc được bộ dữ liệu này: {error}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="240"/>
        <source>{n} problem(s) found when reading this table again, e.g. {first}</source>
        <translation>Phát hiện {n} lỗi khi đọc lại bảng này, ví dụ: {first}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{path}: nothing to export</source>
        <translation>{path}: không có gì để xuất</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: thư mục {folder} không tồn tại</translation>
    </message>
    <message>
        <source>{path}: is a folder</source>
        <translation>{path}: đây là một thư mục</translation>
    </message>
    <message>
        <source>{path}: cannot write here ({reason})</source>
        <translation>{path}: không ghi được vào đây ({reason})</translation>
    </message>
    <message>
        <source>{path}: could not start the PDF writer</source>
        <translation>{path}: không khởi động được bộ ghi PDF</translation>
    </message>
    <message>
        <source>{path}: could not finish writing ({reason})</source>
        <translation>{path}: không ghi xong được tệp ({reason})</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <location filename="../../backan_desktop/ui/find_dialog.py" line="39"/>
        <location filename="../../backan_desktop/ui/find_dialog.py" line="41"/>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/find_dialog.py" line="40"/>
        <source>Indicator, product, project, district… (e.g. bac kan, mien dong)</source>
        <translation>Chỉ tiêu, sản phẩm, dự án, huyện… (ví dụ: bac kan, mien dong)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/find_dialog.py" line="42"/>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/find_dialog.py" line="43"/>
        <source>↑ ↓ to choose, Enter to open, Esc to close</source>
        <translation>↑ ↓ để chọn, Enter để mở, Esc để đóng</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="121"/>
        <source>Import {name}</source>
        <translation>Nhập {name}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="122"/>
        <source>Dataset id</source>
        <translation>Mã bộ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="122"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="123"/>
        <source>Layout</source>
        <translation>Cách trình bày</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="123"/>
        <source>Text encoding</source>
        <translation>Bảng mã ký tự</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="124"/>
        <source>Sheet (XLSX)</source>
        <translation>Trang tính (XLSX)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="124"/>
        <source>Decimal mark</source>
        <translation>Dấu thập phân</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="125"/>
        <source>Period column</source>
        <translation>Cột kỳ (năm)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="125"/>
        <source>Value column</source>
        <translation>Cột giá trị</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="126"/>
        <source>Series column</source>
        <translation>Cột chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="126"/>
        <source>Area column</source>
        <translation>Cột địa bàn</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="127"/>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="253"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="130"/>
        <source>How to read the file</source>
        <translation>Cách đọc tệp</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="131"/>
        <source>Recognise automatically</source>
        <translation>Tự nhận dạng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="132"/>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="235"/>
        <source>Long: one row per figure</source>
        <translation>Dạng dọc: mỗi dòng một số liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="133"/>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="236"/>
        <source>Wide: a period column and one column per series</source>
        <translation>Dạng ngang: một cột kỳ và mỗi chỉ tiêu một cột</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="134"/>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="237"/>
        <source>Yearbook: series as rows, years as columns</source>
        <translation>Niên giám: chỉ tiêu theo dòng, năm theo cột</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="137"/>
        <source>comma: 12.829,5</source>
        <translation>dấu phẩy: 12.829,5</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="138"/>
        <source>point: 12,829.5</source>
        <translation>dấu chấm: 12,829.5</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="155"/>
        <source>Decimal mark, column by column</source>
        <translation>Dấu thập phân của từng cột</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="224"/>
        <source>decimal comma</source>
        <translation>dấu phẩy thập phân</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="224"/>
        <source>decimal point</source>
        <translation>dấu chấm thập phân</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="231"/>
        <source>Automatic: {reading}</source>
        <translation>Tự động: {reading}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="230"/>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="219"/>
        <source>{n} columns: choose the decimal mark for all of them above.</source>
        <translation>{n} cột: hãy chọn dấu thập phân cho tất cả ở trên.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="139"/>
        <source>Check again</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="140"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="141"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="163"/>
        <source>(automatic)</source>
        <translation>(tự động)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="195"/>
        <source>Reading {name}…</source>
        <translation>Đang đọc {name}…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="201"/>
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="223"/>
        <source>Nothing will be imported until these problems are fixed.</source>
        <translation>Chưa nhập gì cho đến khi các vấn đề này được sửa.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="238"/>
        <source>data package</source>
        <translation>gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="239"/>
        <source>Recognised: {shape}. Nothing has been written yet.</source>
        <translation>Đã nhận dạng: {shape}. Chưa ghi gì vào thư viện.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="251"/>
        <source>Series</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="251"/>
        <source>Area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="252"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="252"/>
        <source>Breakdown</source>
        <translation>Phân tổ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="253"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="254"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="254"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="255"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="271"/>
        <source>Writing {id} into the library…</source>
        <translation>Đang ghi {id} vào thư viện…</translation>
    </message>
    <message>
        <source>Windows-1258 (Vietnamese)</source>
        <translation>Windows-1258 (tiếng Việt)</translation>
    </message>
</context>
<context>
    <name>KioskActions</name>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/actions.py" line="46"/>
        <source>Saving to USB is not set up. Please ask the booth staff.</source>
        <translation>Chưa thiết lập lưu vào USB. Vui lòng hỏi nhân viên gian hàng.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/actions.py" line="50"/>
        <source>No USB stick found. Plug in a USB stick and try again.</source>
        <translation>Không tìm thấy USB. Hãy cắm USB vào rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/actions.py" line="54"/>
        <source>No USB stick found at {folder}. Plug in the USB stick and try again.</source>
        <translation>Không tìm thấy USB tại {folder}. Hãy cắm USB vào rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/actions.py" line="57"/>
        <source>The USB stick at {folder} cannot be written to (it may be full or write-protected).</source>
        <translation>Không ghi được vào USB tại {folder} (có thể USB đã đầy hoặc đang bị khóa ghi).</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/actions.py" line="84"/>
        <source>No printer is set up on this computer. Please ask the booth staff.</source>
        <translation>Máy tính này chưa cài đặt máy in. Vui lòng hỏi nhân viên gian hàng.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/actions.py" line="86"/>
        <source>The printer “{name}” is not available. Please ask the booth staff.</source>
        <translation>Máy in “{name}” hiện không sẵn sàng. Vui lòng hỏi nhân viên gian hàng.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/actions.py" line="91"/>
        <source>The printer “{name}” cannot be used.</source>
        <translation>Không dùng được máy in “{name}”.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/actions.py" line="104"/>
        <source>The printer “{name}” did not accept the sheet.</source>
        <translation>Máy in “{name}” không nhận lệnh in trang này.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/actions.py" line="106"/>
        <source>Printing “{title}” ({n} pages). Please collect it at the printer.</source>
        <translation>Đang in “{title}” ({n} trang). Mời bạn nhận bản in tại máy in.</translation>
    </message>
</context>
<context>
    <name>KioskDetail</name>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/detail.py" line="162"/>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/detail.py" line="163"/>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/detail.py" line="164"/>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/detail.py" line="165"/>
        <source>Print this sheet</source>
        <translation>In trang này</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/detail.py" line="166"/>
        <source>Save PDF to USB</source>
        <translation>Lưu PDF vào USB</translation>
    </message>
</context>
<context>
    <name>KioskHome</name>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/home.py" line="72"/>
        <source>Explore the economy of the former Bắc Kạn province</source>
        <translation>Khám phá kinh tế tỉnh Bắc Kạn (cũ)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/home.py" line="73"/>
        <source>Touch a topic to see its figures and charts.</source>
        <translation>Chạm vào một chủ đề để xem số liệu và biểu đồ.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/home.py" line="74"/>
        <source>Watch the slideshow</source>
        <translation>Xem trình chiếu</translation>
    </message>
</context>
<context>
    <name>KioskPin</name>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/pin_pad.py" line="66"/>
        <source>Staff only</source>
        <translation>Dành cho nhân viên</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/pin_pad.py" line="67"/>
        <source>Enter the staff PIN.</source>
        <translation>Nhập mã PIN của nhân viên.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/pin_pad.py" line="69"/>
        <source>Set a staff PIN</source>
        <translation>Đặt mã PIN cho nhân viên</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/pin_pad.py" line="70"/>
        <source>New staff PIN</source>
        <translation>Mã PIN mới</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/pin_pad.py" line="71"/>
        <source>Fair mode is locked with a PIN: only staff can leave it or change its settings. </source>
        <translation>Chế độ hội chợ được khóa bằng mã PIN: chỉ nhân viên mới thoát được hoặc thay đổi được cài đặt. </translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/pin_pad.py" line="73"/>
        <source>Choose a PIN of 4 to 8 digits.</source>
        <translation>Chọn mã PIN gồm 4 đến 8 chữ số.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/pin_pad.py" line="75"/>
        <source>Confirm the PIN</source>
        <translation>Xác nhận mã PIN</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/pin_pad.py" line="76"/>
        <source>Enter the same PIN again.</source>
        <translation>Nhập lại mã PIN đó một lần nữa.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/pin_pad.py" line="77"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/pin_pad.py" line="78"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/pin_pad.py" line="79"/>
        <source>Leave fair mode</source>
        <translation>Thoát chế độ hội chợ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/pin_pad.py" line="80"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/pin_pad.py" line="108"/>
        <source>Too many wrong PINs. Try again in {n} s.</source>
        <translation>Nhập sai quá nhiều lần. Thử lại sau {n} giây.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/pin_pad.py" line="117"/>
        <source>Wrong PIN.</source>
        <translation>Mã PIN không đúng.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/pin_pad.py" line="121"/>
        <source>Use 4 to 8 digits.</source>
        <translation>Mã PIN phải có từ 4 đến 8 chữ số.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/pin_pad.py" line="127"/>
        <source>The two PINs were different. Please start again.</source>
        <translation>Hai mã PIN khác nhau. Vui lòng nhập lại từ đầu.</translation>
    </message>
</context>
<context>
    <name>KioskSettings</name>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/settings_dialog.py" line="80"/>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/settings_dialog.py" line="81"/>
        <source>Fair mode is unlocked until you go back to the visitors&apos; screen.</source>
        <translation>Chế độ hội chợ đang mở khóa cho đến khi bạn quay lại màn hình dành cho khách.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/settings_dialog.py" line="82"/>
        <source>Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/settings_dialog.py" line="83"/>
        <source>Leave fair mode</source>
        <translation>Thoát chế độ hội chợ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/settings_dialog.py" line="84"/>
        <source>Back to the visitors&apos; screen</source>
        <translation>Quay lại màn hình dành cho khách</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/settings_dialog.py" line="155"/>
        <source>Fair mode settings</source>
        <translation>Cài đặt chế độ hội chợ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/settings_dialog.py" line="156"/>
        <source>Slides in the loop:</source>
        <translation>Các trang trình chiếu:</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/settings_dialog.py" line="159"/>
        <source>Each slide for</source>
        <translation>Mỗi trang hiển thị trong</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/settings_dialog.py" line="160"/>
        <source>Back to the slides after</source>
        <translation>Quay lại trình chiếu sau</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/settings_dialog.py" line="161"/>
        <source>USB folder</source>
        <translation>Thư mục USB</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/settings_dialog.py" line="162"/>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/settings_dialog.py" line="163"/>
        <source>Paper</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/settings_dialog.py" line="164"/>
        <source>seconds</source>
        <translation>giây</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/settings_dialog.py" line="167"/>
        <source>Change PIN…</source>
        <translation>Đổi mã PIN…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/settings_dialog.py" line="168"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/settings_dialog.py" line="169"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/settings_dialog.py" line="177"/>
        <source>Not set up</source>
        <translation>Chưa thiết lập</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/settings_dialog.py" line="178"/>
        <source>Any USB stick (found automatically)</source>
        <translation>USB bất kỳ (tự động tìm)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/settings_dialog.py" line="183"/>
        <source>The system&apos;s default printer</source>
        <translation>Máy in mặc định của hệ thống</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/settings_dialog.py" line="214"/>
        <source>Visitors cannot save PDFs.</source>
        <translation>Khách chưa lưu được PDF.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/settings_dialog.py" line="221"/>
        <source>Ready: PDFs will be saved in {folder}.</source>
        <translation>Sẵn sàng: PDF sẽ được lưu vào {folder}.</translation>
    </message>
</context>
<context>
    <name>KioskSlides</name>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/attract.py" line="16"/>
        <source>GRDP and growth</source>
        <translation>GRDP và tăng trưởng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/attract.py" line="17"/>
        <source>Agriculture, cooperatives and OCOP products</source>
        <translation>Nông nghiệp, hợp tác xã và sản phẩm OCOP</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/attract.py" line="18"/>
        <source>Trade fairs and product weeks</source>
        <translation>Hội chợ và tuần lễ giới thiệu sản phẩm</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/attract.py" line="19"/>
        <source>Import and export</source>
        <translation>Xuất nhập khẩu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/attract.py" line="20"/>
        <source>Investment projects</source>
        <translation>Dự án đầu tư</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/attract.py" line="21"/>
        <source>The former Bắc Kạn province at a glance</source>
        <translation>Tỉnh Bắc Kạn (cũ) – những nét chính</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/attract.py" line="167"/>
        <source>Touch the screen to explore</source>
        <translation>Chạm vào màn hình để khám phá</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/window.py" line="156"/>
        <source>The new staff PIN is saved.</source>
        <translation>Đã lưu mã PIN mới.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/window.py" line="159"/>
        <source>The staff PIN is saved. Fair mode is now locked.</source>
        <translation>Đã lưu mã PIN. Chế độ hội chợ đã được khóa.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/window.py" line="186"/>
        <source>Bắc Kạn — fair mode</source>
        <translation>Bắc Kạn — chế độ hội chợ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/window.py" line="190"/>
        <location filename="../../backan_desktop/ui/kiosk/window.py" line="191"/>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/window.py" line="193"/>
        <source>The figures could not be loaded. Please ask the booth staff.</source>
        <translation>Không tải được số liệu. Vui lòng hỏi nhân viên gian hàng.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/window.py" line="196"/>
        <source>Loading the figures…</source>
        <translation>Đang tải số liệu…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/window.py" line="358"/>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/window.py" line="381"/>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/window.py" line="391"/>
        <source>Printing failed: {error}</source>
        <translation>In không thành công: {error}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/window.py" line="406"/>
        <source>Saving the PDF on the USB stick…</source>
        <translation>Đang lưu PDF vào USB…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/window.py" line="419"/>
        <source>Saved “{name}” on the USB stick.</source>
        <translation>Đã lưu “{name}” vào USB.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/window.py" line="422"/>
        <location filename="../../backan_desktop/ui/kiosk/window.py" line="427"/>
        <source>The PDF could not be saved: {error}</source>
        <translation>Không lưu được PDF: {error}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/window.py" line="440"/>
        <source>Fair mode stays open. Staff: use the lock button to leave.</source>
        <translation>Chế độ hội chợ vẫn tiếp tục. Nhân viên: dùng nút khóa để thoát.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../backan_desktop/selftest.py" line="333"/>
        <location filename="../../backan_desktop/selftest.py" line="336"/>
        <location filename="../../backan_desktop/ui/main_window.py" line="26"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="27"/>
        <source>Economy</source>
        <translation>Kinh tế</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="28"/>
        <source>Agriculture &amp; cooperatives</source>
        <translation>Nông nghiệp &amp; hợp tác xã</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="29"/>
        <source>Trade promotion</source>
        <translation>Xúc tiến thương mại</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="30"/>
        <source>Import–export</source>
        <translation>Xuất nhập khẩu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="31"/>
        <source>Investment</source>
        <translation>Đầu tư</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="32"/>
        <source>Datasets</source>
        <translation>Bộ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="132"/>
        <source>Bắc Kạn — economic fact sheets</source>
        <translation>Bắc Kạn — số liệu kinh tế</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="133"/>
        <source>Sections</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="139"/>
        <source>The data could not be loaded:</source>
        <translation>Không tải được dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="140"/>
        <source>Loading data…</source>
        <translation>Đang tải dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="143"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="149"/>
        <source>&amp;Export sheet as PDF…</source>
        <translation>&amp;Xuất trang thành PDF…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="150"/>
        <source>Export &amp;handout set…</source>
        <translation>Xuất bộ tài liệu &amp;phát tay…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="151"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="152"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="153"/>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="154"/>
        <source>Export update &amp;template…</source>
        <translation>Xuất &amp;mẫu cập nhật…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="145"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="155"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="156"/>
        <source>&amp;Fair mode</source>
        <translation>Chế độ &amp;hội chợ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="157"/>
        <source>&amp;Recent imports</source>
        <translation>Tệp nhập &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="144"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="158"/>
        <source>&amp;Find…</source>
        <translation>&amp;Tìm…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="159"/>
        <source>&amp;Preferences…</source>
        <translation>Tùy &amp;chọn…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="160"/>
        <source>Zoom &amp;in</source>
        <translation>Phóng &amp;to</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="161"/>
        <source>Zoom &amp;out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="162"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Cỡ gốc</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="163"/>
        <source>F&amp;ull screen</source>
        <translation>T&amp;oàn màn hình</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="146"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="164"/>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="261"/>
        <source>Data loaded with {n} problem(s); see the log file.</source>
        <translation>Đã tải dữ liệu, có {n} vấn đề; xem tệp nhật ký.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="265"/>
        <source>{n} figures from {s} sources</source>
        <translation>{n} số liệu từ {s} nguồn</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="291"/>
        <source>Imported dataset {id}</source>
        <translation>Đã nhập bộ dữ liệu {id}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="471"/>
        <source>(none yet)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="477"/>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="483"/>
        <source>{n} figures from {s} sources; data as of {date}.</source>
        <translation>{n} số liệu từ {s} nguồn; số liệu đến {date}.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="486"/>
        <source>Licences</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="494"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>Font: Noto Sans (SIL Open Font License 1.1).</source>
        <translation type="vanished">Phông chữ: Noto Sans (giấy phép SIL Open Font License 1.1).</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>phiên bản {version}</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../backan_desktop/ui/preferences.py" line="52"/>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/preferences.py" line="53"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/preferences.py" line="53"/>
        <source>Theme</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/preferences.py" line="54"/>
        <source>Paper size</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/preferences.py" line="55"/>
        <location filename="../../backan_desktop/ui/preferences.py" line="66"/>
        <source>Default export folder</source>
        <translation>Thư mục xuất mặc định</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/preferences.py" line="59"/>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/preferences.py" line="60"/>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/preferences.py" line="60"/>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/preferences.py" line="63"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../backan_desktop/selftest.py" line="334"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export handout set</source>
        <translation>Xuất bộ tài liệu phát tay</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Export sheet as PDF</source>
        <translation>Xuất trang thành PDF</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Include appendix (all figures and vintages)</source>
        <translation>Kèm phụ lục (toàn bộ số liệu và các phiên bản)</translation>
    </message>
    <message>
        <source>Each sheet fits on one sheet of paper, front and back: headline figures, the main charts and the sources they use. The appendix adds every figure with every vintage and the full tables, after the sheet (in the booklet: once, at the end).</source>
        <translation>Mỗi trang thông tin vừa một tờ giấy in hai mặt: các số liệu chính, các biểu đồ chính và các nguồn số liệu mà chúng dùng. Phụ lục bổ sung mọi số liệu với mọi phiên bản và các bảng đầy đủ, đặt sau trang thông tin (trong tập tài liệu: một lần, ở cuối).</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Export handout set to folder</source>
        <translation>Xuất bộ tài liệu phát tay vào thư mục</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
</TS>
