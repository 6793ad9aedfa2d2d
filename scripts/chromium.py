"""How this project starts Chromium: Debian's build when installed, else the one Playwright downloads."""

from pathlib import Path

SYSTEM_CHROMIUM = Path("/usr/bin/chromium")
# Headless, sandbox-free (we run as root in CI) and silent: no background requests to the closed network.
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def launch_chromium(playwright):
    executable = str(SYSTEM_CHROMIUM) if SYSTEM_CHROMIUM.exists() else None
    return playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
