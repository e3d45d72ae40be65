"""Uncaught exception inside __init__ called through a class instantiation in a list comprehension."""

class Account:
    def __init__(self, owner, balance):
        if balance < 0:
            raise ValueError(f'negative opening balance for {owner}: {balance}')
        self.owner, self.balance = owner, balance

specs = [('ann', 10), ('bob', 0), ('cy', -5)]
accounts = [Account(owner, balance) for owner, balance in specs]
