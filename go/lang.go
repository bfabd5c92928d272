package zegocodes

import "strconv"

// Lang picks the language of a text: Zh for ZEGO's Chinese pages, En for its English ones.
type Lang uint8

const (
	// Zh is Chinese, the language of ZEGO's primary pages.
	Zh Lang = iota
	// En is English.
	En
)

// index is the position of the language's texts in the tables: any value other than En
// reads as Zh, so a Lang never indexes out of range.
func (l Lang) index() int {
	if l == En {
		return 1
	}
	return 0
}

// String returns "zh" or "en" (the names the other zego-codes libraries use), or
// "Lang(n)" for any other value.
func (l Lang) String() string {
	switch l {
	case Zh:
		return "zh"
	case En:
		return "en"
	}
	return "Lang(" + strconv.Itoa(int(l)) + ")"
}
