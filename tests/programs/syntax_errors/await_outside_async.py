"""SyntaxError: 'await' inside a regular function."""

def fetch():
    data = await get_data()
    return data
