import pytest


@pytest.fixture
def loaded_window(qtbot, data_home):
    """A main window in Vietnamese with the bundled data loaded."""
    from backan_desktop.qt.i18n import install_language
    from backan_desktop.ui.main_window import MainWindow
    install_language("vi")
    win = MainWindow(data_home, "vi")
    qtbot.addWidget(win)
    win.show()
    win.start_loading()
    qtbot.waitUntil(lambda: win.library is not None, timeout=20000)
    yield win
    install_language("en")
