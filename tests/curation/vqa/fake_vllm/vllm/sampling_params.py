class StructuredOutputsParams:
    def __init__(self, json=None):
        self.json = json
