"""Settings shared by every environment, read from one typed environment schema (config/settings/env.py), split by
area. Every variable read is listed in the README's environment table."""

from .core import *  # noqa: F403
from .donations import *  # noqa: F403
from .env import BASE_DIR, env  # noqa: F401
from .newsletter import *  # noqa: F403
from .production_tier import *  # noqa: F403
from .security import *  # noqa: F403
