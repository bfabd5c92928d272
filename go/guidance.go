package zegocodes

import "strconv"

// Guidance says what a caller should do on receiving a code: the project's reading of ZEGO's
// suggestions (the reasoning is in CODES.md). Its values are those of the C enum
// zego_guidance_t; String gives the stable snake_case name the other libraries use.
type Guidance uint8

type guidanceInfo struct {
	name      string
	retryable bool
	summary   [2]string
}

func (g Guidance) info() *guidanceInfo {
	if int(g) < len(guidanceData) {
		return &guidanceData[g]
	}
	return &guidanceData[GuidanceUnknown]
}

// String returns the stable snake_case name, such as "retry_later", or "Guidance(n)" for a
// value that names no guidance.
func (g Guidance) String() string {
	if int(g) < len(guidanceData) {
		return guidanceData[g].name
	}
	return "Guidance(" + strconv.Itoa(int(g)) + ")"
}

// Retryable reports whether sending the same request again, after a delay and at most with
// a fresh signature, may succeed without anybody changing anything.
func (g Guidance) Retryable() bool { return g.info().retryable }

// Summary returns one line telling a person what to do, in lang.
func (g Guidance) Summary(lang Lang) string { return g.info().summary[lang.index()] }

// Category is the range a return code belongs to, derived from the number alone: an unknown
// code still tells whether it came from ZEGO's common gateway or the AI Agent service. Its
// values are those of the C enum zego_category_t.
type Category uint8

// String returns the stable snake_case name, such as "business".
func (c Category) String() string { return nameOf(categoryNames[:], uint8(c), "Category") }

// EventCategory is the subsystem an event code comes from, derived from the number alone.
// Its values are those of the C enum zego_event_category_t.
type EventCategory uint8

// String returns the stable snake_case name, such as "llm".
func (c EventCategory) String() string {
	return nameOf(eventCategoryNames[:], uint8(c), "EventCategory")
}

func nameOf(names []string, value uint8, typ string) string {
	if int(value) < len(names) {
		return names[value]
	}
	return typ + "(" + strconv.Itoa(int(value)) + ")"
}
