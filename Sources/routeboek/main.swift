import Beslisboom
