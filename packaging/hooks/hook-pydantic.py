"""Replaces pyinstaller-hooks-contrib's hook-pydantic for the backan-desktop bundle.

pydantic 2 resolves its public names lazily (``pydantic.__getattr__`` imports the submodule on
first use), so PyInstaller cannot see which submodules are needed and the contrib hook collects
all of them. This hook does the same, minus ``pydantic.v1`` (the pydantic 1 compatibility layer,
imported only by code that writes ``import pydantic.v1``) and ``pydantic.mypy`` (a plugin for the
mypy type checker), which the spec excludes: asking for them here too would only produce a
"Hidden import not found" warning per module.
"""
from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules(
    "pydantic", filter=lambda name: not name.startswith(("pydantic.v1", "pydantic.mypy")))
