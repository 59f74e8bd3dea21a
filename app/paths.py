"""Where the agent keeps its configuration, state and logs.

Default: the platform's folders (platformdirs: ``~/.config``, ``~/.local/share`` and ``~/.local/state`` on
Linux; the user's or service account's ``AppData`` on Windows). ``--config-dir DIR`` (or
``IDENTITY_CONNECT_CONFIG_DIR``) puts everything of one agent under DIR: ``DIR/config.json``, ``DIR/state/``,
``DIR/logs/``. No other module builds a path to these files.

:meth:`AgentPaths.ensure` creates the folders private (0700) and refuses one that others may write
(:mod:`app.private_files`).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app import APP_NAME
from app.private_files import create_private_file, ensure_private_dir, make_private

ENV_CONFIG_DIR = "IDENTITY_CONNECT_CONFIG_DIR"


@dataclass(frozen=True)
class AgentPaths:
    config_dir: Path
    state_dir: Path
    log_dir: Path

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.json"

    @property
    def state_db(self) -> Path:
        return self.state_dir / "state.sqlite3"

    @property
    def lock_file(self) -> Path:
        return self.state_dir / "agent.lock"

    @property
    def profile(self) -> str:
        """A stable short name for this configuration, used to namespace its keyring entries."""
        return hashlib.sha256(str(self.config_dir.resolve()).encode()).hexdigest()[:12]

    @classmethod
    def resolve(cls, config_dir: str | os.PathLike[str] | None = None) -> AgentPaths:
        chosen = config_dir or os.environ.get(ENV_CONFIG_DIR)
        if chosen:
            base = Path(chosen).expanduser()
            return cls(config_dir=base, state_dir=base / "state", log_dir=base / "logs")
        return cls(
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            state_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    def ensure(self) -> None:
        """Create the folders (0700) and make what is in them private. Raises ``ConfigError`` with code
        ``config_folder_unsafe`` for a folder another user owns or others may write."""
        for folder in (self.config_dir, self.state_dir, self.log_dir):
            ensure_private_dir(folder)
        # Files from an older version, or written under a looser umask, become 0600.
        for path in (self.config_file, *self.state_dir.glob("*.json"), *self.log_dir.glob("*.log*")):
            make_private(path)
        for suffix in ("-wal", "-shm"):
            make_private(self.state_db.with_name(self.state_db.name + suffix))
        # SQLite gives -wal and -shm the database file's mode: created 0600 here, they are private too.
        create_private_file(self.state_db)
