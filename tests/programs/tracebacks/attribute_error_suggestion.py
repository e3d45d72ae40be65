"""Uncaught AttributeError on an instance with a 'Did you mean' suggestion among its attributes."""

class Account:
    def __init__(self):
        self.balance = 100
        self.owner = 'ann'
    def deposit(self, amount):
        self.balance += amount

acct = Account()
acct.deposit(5)
print(acct.balance)
acct.deposti(10)
