"""Uncaught KeyError with a tuple key, and the repr used in the final line."""

grid = {(0, 0): 'origin', (1, 0): 'east'}
for key in [(0, 0), (1, 0)]:
    print(key, grid[key])
print(grid[(0, 1)])
