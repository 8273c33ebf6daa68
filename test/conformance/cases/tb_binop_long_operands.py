values = {"width": 3, "height": None}
area = values["width"] * 2 + values["height"] * 2
