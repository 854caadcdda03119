"""``brief:example``: MyST source shown next to what it renders, both from one text.

The editor guide uses it so that every example is built with the site and cannot go stale.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.util.docutils import SphinxDirective
from sphinx_design.shared import create_component


class ExampleDirective(SphinxDirective):
    has_content = True

    def run(self) -> list[nodes.Node]:
        source = "\n".join(self.content)
        grid = create_component(
            "grid-row", ["sd-row", "sd-row-cols-1", "sd-row-cols-lg-2", "sd-g-3"]
        )
        code_column = create_component("grid-item", ["sd-col", "briefing-example-source"])
        code_column += nodes.rubric(text="You write")
        code = nodes.literal_block(source, source, language="markdown")
        code_column += code
        result_column = create_component("grid-item", ["sd-col", "briefing-example-result"])
        result_column += nodes.rubric(text="Readers see")
        self.state.nested_parse(self.content, self.content_offset, result_column)
        grid += [code_column, result_column]
        container = create_component("grid-container", ["sd-container-fluid", "sd-mb-4"])
        container += grid
        return [container]
