"""A throw-away PostgreSQL + PostGIS cluster for tests and benchmarks.

``initdb`` in a fresh temporary folder, ``pg_ctl start`` on a free port with
the Unix socket in that folder (no TCP), trust authentication, one database
with PostGIS; ``stop()`` shuts it down and deletes the folder. Run as root, the
server runs as the ``postgres`` user (PostgreSQL refuses root), with the folder
handed over to it. Debian's ``postgresql`` and ``postgresql-15-postgis-3``
provide the binaries; :func:`missing` says why a cluster cannot be started.
"""

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

BIN_DIRS = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
DATABASE = "corridor"


def _bin_dir():
    for folder in BIN_DIRS:
        if Path(folder, "initdb").exists() and Path(folder, "pg_ctl").exists():
            return Path(folder)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _postgis_installed(bin_dir):
    share = subprocess.run([str(bin_dir / "pg_config"), "--sharedir"], capture_output=True, text=True)
    folder = Path(share.stdout.strip() or f"/usr/share/postgresql/{bin_dir.parent.name}") / "extension"
    return (folder / "postgis.control").exists() and (folder / "btree_gist.control").exists()


def missing():
    """Why no cluster can be started here (a reason to skip), or None."""
    bin_dir = _bin_dir()
    if bin_dir is None:
        return "PostgreSQL binaries not found (apt-get install postgresql postgresql-15-postgis-3)"
    if not _postgis_installed(bin_dir):
        return f"PostGIS or btree_gist missing for {bin_dir} (apt-get install postgresql-15-postgis-3)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to run the server"
    return None


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """One running throw-away cluster; ``url`` is its database's connection URL.

    ``settings``: extra ``name=value`` server settings. ``durable``: keep fsync on (benchmarks);
    tests turn it off, which is safe for a cluster thrown away after.
    """

    def __init__(self, settings=(), durable=False):
        reason = missing()
        if reason:
            raise RuntimeError(reason)
        self.bin = _bin_dir()
        self.folder = Path(tempfile.mkdtemp(prefix="corridor-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self._as = []
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self.folder, user.pw_uid, user.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]
        os.chmod(self.folder, 0o700)
        try:
            self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
                      "--encoding=UTF8", "--locale=C.UTF-8", "-N")
            options = [f"-p {self.port}", f"-k {self.folder}", "-c listen_addresses=''",
                       *([] if durable else ["-c fsync=off"]), *(f"-c {s}" for s in settings)]
            self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"), "-w",
                      "-o", " ".join(options), "start")
            self._run("createdb", "-h", str(self.folder), "-p", str(self.port), "-U", "postgres", DATABASE)
        except BaseException:
            self.stop()
            raise
        self.url = f"postgresql://postgres@/{DATABASE}?host={self.folder}&port={self.port}"

    def _run(self, program, *args):
        result = subprocess.run([*self._as, str(self.bin / program), *args], capture_output=True, text=True)
        if result.returncode:
            raise RuntimeError(f"{program} failed: {result.stderr.strip() or result.stdout.strip()}")
        return result

    def stop(self):
        """Stop the server and delete its folder."""
        if (self.data / "postmaster.pid").exists():
            subprocess.run([*self._as, str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                            "-w", "stop"], capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)
