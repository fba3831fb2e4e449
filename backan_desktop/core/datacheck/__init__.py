"""The data check: rules a statistician applies to a package's figures that a CSV schema cannot
express — units, shares of a whole, parts of a total, listings, sources and quotes.

What relates to what is read from the package, never from code naming indicators, so a user's
package is checked the same way as the bundled one:

- ``indicators.unit``: the unit a figure must be in, unless ``units.csv`` gives both units the
  same ``base`` (with a ``factor`` to it);
- ``indicators.parts``: ``sum`` (the rows of one category ``group`` add up to the row without a
  category) or ``share`` (they add up to 100); ``indicators.part_of``: this indicator and its
  siblings add up to the named one (same area, period, category and source);
- ``categories.group``: categories that together make up the whole (an exhaustive split);
- ``indicators.average_of``: a figure over a range of years is a mean of that indicator's figures
  for those years; ``indicators.ratio_of`` with ``base_period``: a ratio of two of its levels;
- ``sources.kind``: a ``secondary_copy`` is never ``official``; one website or publisher, one kind;
- a ``discrepancies`` resource (``check, indicator, area, period, source`` and a note) declares a
  gap a quoted source itself has: it is then known, not a problem, and one no longer found is.

:func:`check_package` checks a :class:`~..datapackage.LoadedPackage`; :func:`check_frame` the tidy
rows of an imported spreadsheet (which has no catalogue: only the rules that need none run).
Each problem names the file and the row. Pure Python; any thread.
"""
from __future__ import annotations

from .model import Catalogue, catalogue_of, figures_of_frame
from .rules import check

__all__ = ["check_frame", "check_package"]


def check_package(pkg) -> list:
    """Problems of a loaded package's figures and listings (an empty list when it passes)."""
    if pkg.descriptor is None:
        return []
    return check(catalogue_of(pkg))


def check_frame(frame, file: str) -> list:
    """Problems of the tidy rows an import read from ``file`` (a DataFrame with ``file_row``).
    Without a catalogue only the unit rule applies, and it needs only the first row of each
    indicator and unit: those are all that is looked at, so a million-row import costs one
    vectorised ``drop_duplicates``."""
    if frame is None or len(frame) == 0:
        return []
    firsts = frame.drop_duplicates(["indicator", "unit"])
    return check(Catalogue(figures=figures_of_frame(firsts, file), figures_file=file))
