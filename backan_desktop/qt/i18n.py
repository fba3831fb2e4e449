"""Qt translations: the app's catalogue (``backan_<lang>.qm``) and Qt's own dialogs
(``qtbase_<lang>.qm``: ours for Vietnamese, which Qt does not ship; Qt's for other languages).

English is the source language of the UI. The ``.qm`` files are built from the ``.ts`` sources in
``resources/translations`` — by ``./dev``, and by the build step ``compile_translations.py`` beside
``setup.py`` for a wheel (an editable install compiles them in the checkout) and the PyInstaller
spec; nothing here compiles. When the app's catalogue of the chosen language is still missing, the
window says so (in both languages: the catalogue that would translate the message is the one
missing), not only the log.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core.paths import translations_dir

log = logging.getLogger(__name__)
# the QLocale (number formats of Qt's own widgets) of each UI language
LOCALES = {"vi": (QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
           "en": (QLocale.Language.English, QLocale.Country.UnitedStates)}
_installed: list[QTranslator] = []


def install_language(lang: str) -> None:
    """Replace the installed translators by those of ``lang``; Qt then sends LanguageChange to
    every widget, which retranslates itself. Also sets the default QLocale (number formats of
    Qt's own widgets)."""
    app = QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    QLocale.setDefault(QLocale(*LOCALES[lang]))
    if lang == "en":
        # the source language; still send LanguageChange so texts switch back from Vietnamese
        tr = QTranslator(app)
        app.installTranslator(tr)
        _installed.append(tr)
        _deliver_now(app)
        return
    ours = translations_dir()
    for name, folders in ((f"backan_{lang}", [ours]),
                          (f"qtbase_{lang}", [ours, Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))])):
        for folder in folders:
            tr = QTranslator(app)
            if tr.load(name, str(folder)):
                app.installTranslator(tr)
                _installed.append(tr)
                break
        else:
            log.warning("translation %s not found in %s (run ./dev setup to build the .qm files)", name, ours)
            if name.startswith("backan_"):
                _tell_missing(lang, ours)
    _deliver_now(app)


def current_language() -> str:
    """The UI language :func:`install_language` set last (read from the default QLocale)."""
    language = QLocale().language()
    return next((code for code, (lang_id, _) in LOCALES.items() if lang_id == language), "en")


MISSING_TITLE = "Thiếu bản dịch · Translation missing"
MISSING_TEXT = ("Không tìm thấy bản dịch tiếng Việt của giao diện ({file}), nên menu và hộp thoại hiện bằng "
                "tiếng Anh. Số liệu không bị ảnh hưởng. Hãy cài lại ứng dụng từ bản đóng gói, hoặc chạy ./dev setup."
                "\n\nThe Vietnamese translation of the interface ({file}) was not found, so menus and dialogs "
                "show in English. The figures are not affected. Reinstall the app from its package, or run "
                "./dev setup.")
_told: set[str] = set()


def _tell_missing(lang: str, folder: Path) -> None:
    """Once per language and run, a message over the app's window (a GUI app only: the CLI and
    the self-test report it their own way)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication) or lang in _told:
        return
    _told.add(lang)

    def show() -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        parent = app.activeWindow() or next((w for w in app.topLevelWidgets()
                                             if w.isVisible() and w.isWindow() and not isinstance(w, QMessageBox)), None)
        box = QMessageBox(QMessageBox.Icon.Warning, MISSING_TITLE, MISSING_TEXT.format(file=f"backan_{lang}.qm"),
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("missingTranslations")
        box.setDetailedText(f"{folder / f'backan_{lang}.qm'}")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # modal, so that it takes input even over a modal dialog already open (fair mode's PIN
        # set-up), but shown without a nested event loop
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.show()

    QTimer.singleShot(0, show)        # after the window that is about to be shown is on screen


def _deliver_now(app) -> None:
    """Deliver the LanguageChange that installing translators posted, so every widget is
    retranslated before this returns (not at some later turn of the event loop)."""
    from PySide6.QtCore import QEvent
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


# --- what the core writes: problems found in a file, refusals ---------------------------------------
translate = QCoreApplication.translate   # lupdate reads the literal context and text


def message_text(message) -> str:
    """A core :class:`~backan_desktop.core.messages.Message` in the UI's language: its templates
    through the catalogue (context ``Problems``), its numbers with the locale's marks. A plain
    string (a problem an older version kept in a columnar catalogue) is shown as it is. Any thread."""
    from ..core.messages import CONTEXT, Message

    if not isinstance(message, Message):
        return str(message)
    locale = QLocale()
    return message.render(lambda template: QCoreApplication.translate(CONTEXT, template),
                          locale.decimalPoint(), locale.groupSeparator())


def problem_text(problem) -> str:
    """A :class:`~backan_desktop.core.problems.Problem` as the UI lists it: the file, then the row
    and column in words ("bad.csv, row 3, column 2: …"), then the message in the UI's language."""
    message = message_text(problem.text if problem.text is not None else problem.message)
    if problem.row is not None and problem.column:
        return translate("Problems", "{file}, row {row}, column {column}: {message}").format(
            file=problem.file, row=problem.row, column=problem.column, message=message)
    if problem.row is not None:
        return translate("Problems", "{file}, row {row}: {message}").format(file=problem.file, row=problem.row,
                                                                           message=message)
    return translate("Problems", "{file}: {message}").format(file=problem.file, message=message)


def error_text(exc: BaseException) -> str:
    """What a failed piece of work says, in the UI's language when the core wrote it (a
    :class:`~backan_desktop.core.messages.MessageError`); any other error as Python words it."""
    from ..core.messages import MessageError

    if isinstance(exc, MessageError):
        return message_text(exc.message)
    return f"{type(exc).__name__}: {exc}" if not exc.args else str(exc)
