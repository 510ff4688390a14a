import sys

from slipway_ml.cli import main

sys.exit(main())
