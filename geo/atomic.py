"""Write files all or nothing, keep their modes, and clean up after writers that died.

Every file the project writes (the events CSV, the layers, exports) goes through
:func:`temp_beside` and :func:`commit`: the content is written to a temporary
file in the target's folder, flushed to disk, given the target's permissions,
then renamed over the target. On POSIX a rename is atomic, so a reader sees the
old file or the new one, never half of one.

Temporary files are named ``.<target name>.<pid>.<random>.tmp`` (an export's may
end in its extension too). A writer killed
(``kill -9``, power cut) before its rename leaves its temporary file behind; the
process id in the name lets :func:`clean_stale_temps` remove exactly the ones
whose writer is gone, never one that a live writer is still filling.

Permissions: ``mkstemp`` creates files readable by their owner only (0600). A
replaced file keeps the mode it had (0644 stays 0644), and a new file gets the
mode an ordinary ``open()`` would give it (0666 minus the umask), so that a
dashboard running as another user can still read what a save wrote.
"""

import logging
import os
import re
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)
_TEMP = re.compile(r"^\.(?P<target>.+)\.(?P<pid>\d+)\.[A-Za-z0-9_]+\.tmp(\.[A-Za-z0-9]+)?$")


def temp_beside(target, create=True, keep_suffix=False):
    """A new temporary path in ``target``'s folder, named after it and this process.

    Parameters
    ----------
    target : path
    create : bool
        False: the name is reserved and the file removed again, for writers that
        insist on creating the file themselves (GDAL).
    keep_suffix : bool
        End the name in the target's extension too (``….tmp.gpkg``), for
        writers that check it.
    """
    target = Path(target)
    suffix = ".tmp" + (target.suffix if keep_suffix else "")
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.{os.getpid()}.", suffix=suffix)
    os.close(fd)
    if not create:
        os.unlink(tmp)
    return Path(tmp)


def default_mode():
    """The permissions a plain ``open(path, "w")`` gives a new file: 0666 minus the umask."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)           # no /proc: read the umask by setting it (and put it back)
    os.umask(mask)
    return 0o666 & ~mask


def commit(tmp, target, sync=True):
    """Rename a finished temporary file over ``target``, keeping ``target``'s mode.

    The file is flushed to disk first (with ``sync``), and so is the folder
    after the rename, so that a crash leaves the old file or the new one.
    """
    tmp, target = Path(tmp), Path(target)
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = default_mode()
    os.chmod(tmp, mode)
    if sync:
        _fsync(tmp)
    os.replace(tmp, target)
    if sync:
        _fsync(target.parent)


def write_bytes(target, data):
    """Replace ``target`` with ``data`` all or nothing (see the module docstring)."""
    target = Path(target)
    tmp = temp_beside(target)
    try:
        tmp.write_bytes(data)
        commit(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text(target, text):
    """Replace ``target`` with UTF-8 ``text`` all or nothing; newlines are written as given."""
    write_bytes(target, text.encode("utf-8"))


def is_temp(path):
    """Whether ``path`` is a temporary file of this module."""
    return _TEMP.match(Path(path).name) is not None


def clean_stale_temps(folder):
    """Remove the temporary files in ``folder`` whose writing process no longer runs.

    Returns
    -------
    list of pathlib.Path
        The files removed. Files of live processes (and this one) are kept.
    """
    removed = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for path in entries:
        match = _TEMP.match(path.name)
        if not match or _alive(int(match["pid"])):
            continue
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            log.warning("cannot remove stale temporary file %s: %s", path, exc.strerror or exc)
            continue
        removed.append(path)
    if removed:
        log.info("removed %d temporary file(s) left by interrupted writers in %s", len(removed), folder)
    return removed


def _alive(pid):
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:          # another user's process: alive
        return True
    except OSError:
        return True
    return True


def _fsync(path):
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if Path(path).is_dir() else os.O_RDONLY
    try:
        fd = os.open(path, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
