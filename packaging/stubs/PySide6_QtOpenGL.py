"""Stand-in for ``PySide6.QtOpenGL`` in the packaged app (the real binding is 8.5 MiB).

pyqtgraph imports ``PySide6.QtOpenGL`` when it is imported (``PlotCurveItem``, ``PColorMeshItem``,
``RawImageWidget``, ``Qt.OpenGLHelpers``) but only touches its classes (``QOpenGLBuffer``,
``QOpenGLShaderProgram``, ...) when a plot is drawn with OpenGL, and backan-desktop never turns
OpenGL on (``pg.setConfigOptions(useOpenGL=...)`` keeps its default, False). So the import only
needs a module object. ``PySide6.QtOpenGLWidgets`` (QOpenGLWidget, which pyqtgraph subclasses at
import time) and Qt's own libQt6OpenGL stay real.

The spec (packaging/backan-desktop.spec) puts this file into the bundle's Python archive under
the name ``PySide6.QtOpenGL`` instead of the binding. Any use of a name from it fails with an
AttributeError that says why.
"""

_MESSAGE = ("PySide6.QtOpenGL is not bundled with backan-desktop (its charts are drawn without OpenGL): "
            "{name} is unavailable")


def __getattr__(name: str):
    if name.startswith("__") and name.endswith("__"):
        raise AttributeError(name)
    raise AttributeError(_MESSAGE.format(name=name))
