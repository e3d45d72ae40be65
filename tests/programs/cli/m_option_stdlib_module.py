# command: -m json.tool _cli_data.json
"""python -m with a standard library module (json.tool) reading a file given on the command line."""
