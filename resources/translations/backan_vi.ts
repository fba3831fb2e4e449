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
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="98" />
        <source>Datasets</source>
        <translation>Bộ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="99" />
        <source>Filter rows…</source>
        <translation>Lọc dòng…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="100" />
        <source>Filter rows</source>
        <translation>Lọc dòng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="101" />
        <source>Dataset table</source>
        <translation>Bảng dữ liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="151" />
        <source>Sheet id: dataset:{id} · package {pkg} {ver} · {rows} rows × {cols} columns</source>
        <translation>Mã trang: dataset:{id} · gói {pkg} {ver} · {rows} dòng × {cols} cột</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="161" />
        <source>{shown} of {total} rows</source>
        <translation>{shown} trên {total} dòng</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/pages/datasets_page.py" line="177" />
        <source>This table has no numeric series to chart.</source>
        <translation>Bảng này không có chuỗi số liệu để vẽ biểu đồ.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="23" />
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="24" />
        <source>Economy</source>
        <translation>Kinh tế</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="25" />
        <source>Agriculture &amp; cooperatives</source>
        <translation>Nông nghiệp &amp; hợp tác xã</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="26" />
        <source>Trade promotion</source>
        <translation>Xúc tiến thương mại</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="27" />
        <source>Import–export</source>
        <translation>Xuất nhập khẩu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="28" />
        <source>Investment</source>
        <translation>Đầu tư</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="29" />
        <source>Datasets</source>
        <translation>Bộ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="95" />
        <source>Bắc Kạn — economic fact sheets</source>
        <translation>Bắc Kạn — số liệu kinh tế</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="96" />
        <source>Sections</source>
        <translation>Các mục</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="102" />
        <source>The data could not be loaded:</source>
        <translation>Không tải được dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="103" />
        <source>Loading data…</source>
        <translation>Đang tải dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="105" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="106" />
        <source>&amp;Export sheet as PDF…</source>
        <translation>&amp;Xuất trang thành PDF…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="107" />
        <source>Export &amp;handout set…</source>
        <translation>Xuất bộ tài liệu &amp;phát tay…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="108" />
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="109" />
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="110" />
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="111" />
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="112" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="113" />
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="169" />
        <source>Data loaded with {n} problem(s); see the log file.</source>
        <translation>Đã tải dữ liệu, có {n} vấn đề; xem tệp nhật ký.</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="173" />
        <source>{n} figures from {s} sources</source>
        <translation>{n} số liệu từ {s} nguồn</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="258" />
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../backan_desktop/ui/main_window.py" line="260" />
        <source>Font: Noto Sans (SIL Open Font License 1.1).</source>
        <translation>Phông chữ: Noto Sans (giấy phép SIL Open Font License 1.1).</translation>
    </message>
</context>
</TS>