"""``backan-desktop share`` as a user runs it: prints its address, serves, stops on SIGTERM."""
import os
import re
import signal
import subprocess
import sys
import urllib.request

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


def test_share_serves_until_sigterm(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-m", "backan_desktop", "share", "--port", "0",
                             "--data-home", str(tmp_path)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = None
        for line in proc.stdout:                     # waits for the line, however long preparing takes
            m = re.match(r"Serving at (http://127\.0\.0\.1:\d+/)$", line.strip())
            if m:
                url = m.group(1)
                break
        assert url, proc.stderr.read()
        with urllib.request.urlopen(url, timeout=120) as r:
            assert r.status == 200 and "Bắc Kạn" in r.read().decode("utf-8")
        with urllib.request.urlopen(url + "vi/overview.pdf", timeout=120) as r:
            assert r.read().startswith(b"%PDF-")     # the whole file: a download counts once it is all sent
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert "Stopped." in out
        assert '"downloaded": 1' in (tmp_path / "counts.json").read_text()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_a_busy_port_is_a_clear_error(tmp_path):
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        r = subprocess.run([sys.executable, "-m", "backan_desktop", "share", "--port", str(port),
                            "--data-home", str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=300,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert r.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in r.stderr and "Traceback" not in r.stderr
