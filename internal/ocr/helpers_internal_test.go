package ocr

import "image"

func rect(x0, x1 int) image.Rectangle { return image.Rect(x0, 0, x1, 36) }
