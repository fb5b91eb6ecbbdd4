#!/bin/sh
# Regenerates the reference values in tests/reference/data/ (the correctness oracle of the measures).
#
# Needs (Debian 12):  apt-get install python3-networkx r-cran-sna
#   - /usr/bin/python3 with Debian's networkx 2.8.8 (called by absolute path on purpose: a pyenv or
#     venv python3 earlier in PATH may carry another networkx whose conventions differ)
#   - Rscript with the sna package (2.7)
# Nothing here runs at build or test time; the outputs are committed. See README.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"

/usr/bin/python3 generate_networkx.py
Rscript sna_brokerage.R data

{
    echo "networkx $(/usr/bin/python3 -c 'import networkx; print(networkx.__version__)')"
    echo "python $(/usr/bin/python3 -c 'import platform; print(platform.python_version())')"
    echo "sna $(Rscript -e 'cat(as.character(packageVersion("sna")))' 2>/dev/null)"
    echo "R $(Rscript -e 'cat(paste(R.version$major, R.version$minor, sep = "."))' 2>/dev/null)"
} > data/VERSIONS
cat data/VERSIONS
