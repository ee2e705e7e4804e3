package ocr

import "runtime"

func maxProcs() int { return runtime.GOMAXPROCS(0) }
