from comments.tests.test_browser import chromium_path, sync_playwright  # noqa: F401 (the browser fixtures)
