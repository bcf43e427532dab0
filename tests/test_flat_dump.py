"""The maker of benchmark-style ("flat") text dumps keeps what CSS would hide."""

from tests.tools.flat_dump import flat_dump

PAGE = """<html><head><title>Page title</title><style>p {}</style></head><body>
<a class="skip" href="#c">Skip to content</a>
<nav class="menu mobile-only"><ul><li><a href="/">Home</a></li>
<li><a href="/news">News</a></li></ul></nav>
<div style="display: none">Hidden inline</div><div hidden>Hidden attribute</div>
<noscript>Enable JavaScript</noscript><template><p>Template text</p></template>
<h1>The   headline</h1>
<p>First&nbsp;paragraph with <b>bold</b> and <a href="#">a link</a>.<br>Second line.</p>
<table><tr><td>1</td><td></td><td>Cell  two</td></tr></table>
<details><summary>More</summary><p>Answer text</p></details>
<picture><img src="x.jpg" alt="Alt text"><span>Caption in picture</span></picture>
</body></html>"""


def test_flat_dump_keeps_class_hidden_chrome_and_drops_inline_hidden():
    assert flat_dump(PAGE) == (
        "Skip to content\nHome\nNews\n\nThe headline\n\n"
        "First paragraph with bold and a link.\nSecond line.\n\n1\tCell two\nMore\n"
    )


def test_flat_dump_reads_bytes_as_utf8():
    assert flat_dump("<p>Grüße</p>".encode()) == "Grüße\n"
