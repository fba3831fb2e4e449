"""Reading a spreadsheet-like file into a grid of cells, safely.

- :mod:`.encoding`: the text of a file (encoding detected or chosen, binary refused, delimiter);
- :mod:`.csv`: CSV files, small ones whole and big ones by pandas' C parser on all cores;
- :mod:`.xlsx`: XLSX workbooks, checked for zip bombs first;
- :mod:`.grid`: the cells as read (:class:`Grid`).

Every failure is a :class:`~backan_desktop.core.problems.Problem` naming the file (and row/column
where one exists).
"""
from .csv import Coded, read_csv_coded, read_csv_grid
from .encoding import decode, detect_encoding
from .grid import Grid, cell_text
from .xlsx import check_zip, read_xlsx_grid

__all__ = ["Coded", "Grid", "cell_text", "check_zip", "decode", "detect_encoding", "read_csv_coded", "read_csv_grid",
           "read_xlsx_grid"]
