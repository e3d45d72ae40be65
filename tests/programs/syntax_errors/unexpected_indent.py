"""IndentationError: a line indented without a block opener."""

x = 1
    y = 2
