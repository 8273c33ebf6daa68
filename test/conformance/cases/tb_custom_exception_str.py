class QuotaExceeded(Exception):
    def __init__(self, used, limit):
        self.used = used
        self.limit = limit

    def __str__(self):
        return f"used {self.used} of {self.limit}"

raise QuotaExceeded(120, 100)
