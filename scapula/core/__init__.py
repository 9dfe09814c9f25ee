"""The pure core: domain values and rules, with no Django, no clock and no I/O."""

from scapula.core.config import Config, DatabaseKind, Mode, parse_config
from scapula.core.errors import ConfigError, ListenRefusedError, ScapulaError
from scapula.core.listening import check_listen_address, is_loopback_host

__all__ = [
    "Config",
    "ConfigError",
    "DatabaseKind",
    "ListenRefusedError",
    "Mode",
    "ScapulaError",
    "check_listen_address",
    "is_loopback_host",
    "parse_config",
]
