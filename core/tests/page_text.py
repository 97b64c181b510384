"""What a reader reads on a page, block by block: to check that a print view leaves
nothing of the page out."""

from html.parser import HTMLParser

BLOCKS = {
    "p", "li", "dt", "dd", "th", "td", "caption", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote",
}  # fmt: skip
VOID = {"br", "img", "hr", "meta", "link", "input", "wbr", "source", "col"}
# Links and helps that only make sense on a screen: a table of contents, "print this",
# "back to the list".
SCREEN_ONLY_CLASSES = {"article__tools", "procedure__tools", "procedure__contents"}


class BlockTexts(HTMLParser):
    """The text of each block inside the first element matching `selector_class`, minus
    what is for the screen only."""

    def __init__(self, container_class):
        super().__init__()
        self.container_class = container_class
        self.stack = []  # (tag, is_container, is_skipped)
        self.blocks = []
        self.current = []

    @property
    def inside(self):
        return any(container for _tag, container, _skip in self.stack)

    @property
    def skipping(self):
        return any(skip for _tag, _container, skip in self.stack)

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        classes = set((dict(attrs).get("class") or "").split())
        container = self.container_class in classes and not self.blocks and not self.inside
        skip = tag == "nav" or bool(classes & SCREEN_ONLY_CLASSES)
        if tag in BLOCKS:
            self.flush()
        self.stack.append((tag, container, skip))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if tag in BLOCKS:
            self.flush()
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if self.inside and not self.skipping:
            self.current.append(data)

    def flush(self):
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(text)
        self.current = []


def block_texts(html, container_class):
    parser = BlockTexts(container_class)
    parser.feed(html)
    parser.flush()
    return parser.blocks


def missing_from_print(page_html, print_html, container_class):
    """The blocks of text of the page's container that the print view does not show."""
    printed = " ".join(" ".join(block_texts(print_html, container_class)).split())
    return [block for block in block_texts(page_html, container_class) if block not in printed]
