"""The customer screens: the list page, its lazy model, and the customer form."""
