"""Screenshots of pages with the system Chromium: python scripts/screenshot.py BASE_URL OUT_DIR PATH [PATH …]."""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.chromium import launch_chromium  # noqa: E402


def main(base_url, out_dir, paths, width=1280):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        for label, viewport in (
            ("desktop", {"width": width, "height": 900}),
            ("mobile", {"width": 360, "height": 740}),
        ):
            page = browser.new_page(viewport=viewport)
            for path in paths:
                page.goto(base_url + path)
                name = path.strip("/").replace("/", "_") or "root"
                page.screenshot(path=str(out / f"{name}-{label}.png"), full_page=True)
            page.close()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
