<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>Commands</name>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="26" />
        <source>Export sheet as PDF</source>
        <translation>Xuất trang thành PDF</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="26" />
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="35" />
        <location filename="../../backan_desktop/ui/commands.py" line="90" />
        <location filename="../../backan_desktop/ui/commands.py" line="151" />
        <location filename="../../backan_desktop/ui/commands.py" line="180" />
        <source>Export failed</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="37" />
        <source>Saved {path} ({n} pages)</source>
        <translation>Đã lưu {path} ({n} trang)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="67" />
        <source>Export handout set to folder</source>
        <translation>Xuất bộ tài liệu phát tay vào thư mục</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="72" />
        <source>Exporting the handout set…</source>
        <translation>Đang xuất bộ tài liệu phát tay…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="72" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="73" />
        <source>Export handout set</source>
        <translation>Xuất bộ tài liệu phát tay</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="82" />
        <source>Exporting {name}…</source>
        <translation>Đang xuất {name}…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="86" />
        <source>Saved {n} files in {folder}</source>
        <translation>Đã lưu {n} tệp vào {folder}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="94" />
        <source>Export cancelled.</source>
        <translation>Đã hủy xuất tệp.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="111" />
        <source>Print {title}</source>
        <translation>In {title}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="124" />
        <source>Import a table or data package</source>
        <translation>Nhập bảng số liệu hoặc gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="125" />
        <source>Tables and data packages (*.csv *.txt *.tsv *.xlsx *.xlsm *.zip datapackage.json);;All files (*)</source>
        <translation>Bảng số liệu và gói dữ liệu (*.csv *.txt *.tsv *.xlsx *.xlsm *.zip datapackage.json);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="141" />
        <source>Export update template</source>
        <translation>Xuất mẫu cập nhật số liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="142" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="150" />
        <source>Saved {path}: {n} rows to fill</source>
        <translation>Đã lưu {path}: {n} dòng cần điền</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="163" />
        <source>Export table</source>
        <translation>Xuất bảng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="164" />
        <source>Excel workbooks (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Sổ tính Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="182" />
        <source>Saved {path}</source>
        <translation>Đã lưu {path}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="188" />
        <location filename="../../backan_desktop/ui/commands.py" line="196" />
        <source>Remove dataset</source>
        <translation>Xóa bộ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/commands.py" line="189" />
        <source>Remove the imported dataset '{id}' from the library? The original file is not touched.</source>
        <translation>Xóa bộ dữ liệu đã nhập '{id}' khỏi thư viện? Tệp gốc không bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../backan_desktop/qt/app.py" line="46" />
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/qt/app.py" line="47" />
        <source>Something went wrong. The details were written to the log file:</source>
        <translation>Đã xảy ra lỗi. Chi tiết được ghi vào tệp nhật ký:</translation>
    </message>
</context>
<context>
    <name>DatasetsPage</name>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="104" />
        <source>Datasets</source>
        <translation>Bộ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="105" />
        <source>Filter rows…</source>
        <translation>Lọc dòng…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="106" />
        <source>Filter rows</source>
        <translation>Lọc dòng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="107" />
        <source>Dataset table</source>
        <translation>Bảng dữ liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="108" />
        <source>Export table…</source>
        <translation>Xuất bảng…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="109" />
        <source>Save this table as an Excel workbook or a CSV file</source>
        <translation>Lưu bảng này thành sổ tính Excel hoặc tệp CSV</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="110" />
        <source>Remove…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="111" />
        <source>Remove this imported dataset from the library</source>
        <translation>Xóa bộ dữ liệu đã nhập này khỏi thư viện</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="162" />
        <source>Sheet id: dataset:{id} · package {pkg} {ver} · {rows} rows × {cols} columns</source>
        <translation>Mã trang: dataset:{id} · gói {pkg} {ver} · {rows} dòng × {cols} cột</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="172" />
        <source>{shown} of {total} rows</source>
        <translation>{shown} trên {total} dòng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="188" />
        <source>This table has no numeric series to chart.</source>
        <translation>Bảng này không có chuỗi số liệu để vẽ biểu đồ.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="119" />
        <source>Import {name}</source>
        <translation>Nhập {name}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="120" />
        <source>Dataset id</source>
        <translation>Mã bộ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="120" />
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="121" />
        <source>Layout</source>
        <translation>Cách trình bày</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="121" />
        <source>Text encoding</source>
        <translation>Bảng mã ký tự</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="122" />
        <source>Sheet (XLSX)</source>
        <translation>Trang tính (XLSX)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="122" />
        <source>Decimal mark</source>
        <translation>Dấu thập phân</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="123" />
        <source>Period column</source>
        <translation>Cột kỳ (năm)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="123" />
        <source>Value column</source>
        <translation>Cột giá trị</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="124" />
        <source>Series column</source>
        <translation>Cột chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="124" />
        <source>Area column</source>
        <translation>Cột địa bàn</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="125" />
        <location filename="../../backan_desktop/ui/import_dialog.py" line="243" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="128" />
        <source>How to read the file</source>
        <translation>Cách đọc tệp</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="129" />
        <source>Recognise automatically</source>
        <translation>Tự nhận dạng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="130" />
        <location filename="../../backan_desktop/ui/import_dialog.py" line="225" />
        <source>Long: one row per figure</source>
        <translation>Dạng dọc: mỗi dòng một số liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="131" />
        <location filename="../../backan_desktop/ui/import_dialog.py" line="226" />
        <source>Wide: a period column and one column per series</source>
        <translation>Dạng ngang: một cột kỳ và mỗi chỉ tiêu một cột</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="132" />
        <location filename="../../backan_desktop/ui/import_dialog.py" line="227" />
        <source>Yearbook: series as rows, years as columns</source>
        <translation>Niên giám: chỉ tiêu theo dòng, năm theo cột</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="135" />
        <source>comma: 12.829,5</source>
        <translation>dấu phẩy: 12.829,5</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="136" />
        <source>point: 12,829.5</source>
        <translation>dấu chấm: 12,829.5</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="137" />
        <source>Check again</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="138" />
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="139" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="161" />
        <source>(automatic)</source>
        <translation>(tự động)</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="192" />
        <source>Reading {name}…</source>
        <translation>Đang đọc {name}…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="196" />
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="213" />
        <source>Nothing will be imported until these problems are fixed.</source>
        <translation>Chưa nhập gì cho đến khi các vấn đề này được sửa.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="228" />
        <source>data package</source>
        <translation>gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="229" />
        <source>Recognised: {shape}. Nothing has been written yet.</source>
        <translation>Đã nhận dạng: {shape}. Chưa ghi gì vào thư viện.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="241" />
        <source>Series</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="241" />
        <source>Area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="242" />
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="242" />
        <source>Breakdown</source>
        <translation>Phân tổ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="243" />
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="244" />
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="244" />
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/import_dialog.py" line="245" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../backan_desktop/selftest.py" line="333" />
        <location filename="../../backan_desktop/selftest.py" line="336" />
        <location filename="../../backan_desktop/ui/main_window.py" line="24" />
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="25" />
        <source>Economy</source>
        <translation>Kinh tế</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="26" />
        <source>Agriculture &amp; cooperatives</source>
        <translation>Nông nghiệp &amp; hợp tác xã</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="27" />
        <source>Trade promotion</source>
        <translation>Xúc tiến thương mại</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="28" />
        <source>Import–export</source>
        <translation>Xuất nhập khẩu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="29" />
        <source>Investment</source>
        <translation>Đầu tư</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="30" />
        <source>Datasets</source>
        <translation>Bộ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="92" />
        <source>Bắc Kạn — economic fact sheets</source>
        <translation>Bắc Kạn — số liệu kinh tế</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="93" />
        <source>Sections</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="99" />
        <source>The data could not be loaded:</source>
        <translation>Không tải được dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="100" />
        <source>Loading data…</source>
        <translation>Đang tải dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="102" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="103" />
        <source>&amp;Export sheet as PDF…</source>
        <translation>&amp;Xuất trang thành PDF…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="104" />
        <source>Export &amp;handout set…</source>
        <translation>Xuất bộ tài liệu &amp;phát tay…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="105" />
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="106" />
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="107" />
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="108" />
        <source>Export update &amp;template…</source>
        <translation>Xuất &amp;mẫu cập nhật…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="109" />
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="110" />
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="111" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="112" />
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="175" />
        <source>Data loaded with {n} problem(s); see the log file.</source>
        <translation>Đã tải dữ liệu, có {n} vấn đề; xem tệp nhật ký.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="179" />
        <source>{n} figures from {s} sources</source>
        <translation>{n} số liệu từ {s} nguồn</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="203" />
        <source>Imported dataset {id}</source>
        <translation>Đã nhập bộ dữ liệu {id}</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="299" />
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="301" />
        <source>Font: Noto Sans (SIL Open Font License 1.1).</source>
        <translation>Phông chữ: Noto Sans (giấy phép SIL Open Font License 1.1).</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../backan_desktop/selftest.py" line="334" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>
