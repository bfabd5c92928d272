package zegocodes

import "strconv"

// Code is a return code of the AI Agent server API: the Code field of every response.
// The catalog's codes are constants of this type, such as AgentInstanceNotFound; any other
// uint32 is a valid Code the catalog does not hold (Known reports false).
type Code uint32

// EventCode is an exception event code of the AI Agent callbacks: Data.Code of a callback
// whose Event is "Exception". The catalog's codes are constants of this type named with the
// prefix Event, such as EventLLMError.
type EventCode uint32

// Message returns ZEGO's description of the code in lang, or for a code the catalog does not
// hold a generic text naming its range. Any lang other than En reads as Zh.
func (c Code) Message(lang Lang) string { return returnFamily.texts(uint32(c))[lang.index()][0] }

// Suggestion returns ZEGO's suggested handling in lang (empty where ZEGO publishes none), or
// generic advice for a code the catalog does not hold.
func (c Code) Suggestion(lang Lang) string { return returnFamily.texts(uint32(c))[lang.index()][1] }

// Name returns the stable symbolic name, such as "AGENT_INSTANCE_NOT_FOUND" (the name every
// zego-codes library uses), or "" for a code the catalog does not hold.
func (c Code) Name() string { return returnFamily.name(uint32(c)) }

// Category returns the range the code belongs to, derived from the number alone.
func (c Code) Category() Category { return Category(returnFamily.rangeOf(uint32(c)).category) }

// Guidance returns what a caller should do; GuidanceUnknown for a code the catalog does not hold.
func (c Code) Guidance() Guidance { return returnFamily.guidance(uint32(c)) }

// Retryable reports whether the same request may succeed when sent again later.
func (c Code) Retryable() bool { return c.Guidance().Retryable() }

// Since returns the first revision of ZEGO's page, among those the project vendors, that
// lists the code ("2025-seed" or a date such as "2026-07-17"), or "" for an unknown code.
func (c Code) Since() string { return returnFamily.since(uint32(c)) }

// Withdrawn returns the revision of ZEGO's Chinese page that no longer lists the code, or ""
// while ZEGO documents it (and for an unknown code). A withdrawn code keeps its constant, its
// name and its last published texts.
func (c Code) Withdrawn() string { return returnFamily.withdrawn(uint32(c)) }

// Known reports whether the catalog holds the code.
func (c Code) Known() bool { return returnFamily.find(uint32(c)) != nil }

// String returns the code's name, or its decimal number if the catalog does not hold it.
func (c Code) String() string {
	if name := c.Name(); name != "" {
		return name
	}
	return strconv.FormatUint(uint64(c), 10)
}

// CodeByName returns the return code whose stable name is name, such as
// "AGENT_INSTANCE_NOT_FOUND", and whether the catalog holds one.
func CodeByName(name string) (Code, bool) {
	code, ok := returnFamily.byName(name)
	return Code(code), ok
}

// Message returns ZEGO's description of the event code in lang, or for a code the catalog
// does not hold a generic text naming its range. Any lang other than En reads as Zh.
func (c EventCode) Message(lang Lang) string { return eventFamily.texts(uint32(c))[lang.index()][0] }

// Suggestion returns ZEGO's suggested handling in lang (empty where ZEGO publishes none), or
// generic advice for a code the catalog does not hold.
func (c EventCode) Suggestion(lang Lang) string { return eventFamily.texts(uint32(c))[lang.index()][1] }

// Name returns the stable symbolic name, such as "LLM_ERROR", or "" for a code the catalog
// does not hold.
func (c EventCode) Name() string { return eventFamily.name(uint32(c)) }

// Category returns the subsystem the event code comes from, derived from the number alone.
func (c EventCode) Category() EventCategory {
	return EventCategory(eventFamily.rangeOf(uint32(c)).category)
}

// Guidance returns what a caller should do; GuidanceUnknown for a code the catalog does not hold.
func (c EventCode) Guidance() Guidance { return eventFamily.guidance(uint32(c)) }

// Retryable reports whether the operation may succeed when tried again later.
func (c EventCode) Retryable() bool { return c.Guidance().Retryable() }

// Since returns the first revision of ZEGO's page, among those the project vendors, that
// lists the code, or "" for an unknown code.
func (c EventCode) Since() string { return eventFamily.since(uint32(c)) }

// Withdrawn returns the revision of ZEGO's Chinese page that no longer lists the code, or ""
// while ZEGO documents it (and for an unknown code).
func (c EventCode) Withdrawn() string { return eventFamily.withdrawn(uint32(c)) }

// Known reports whether the catalog holds the event code.
func (c EventCode) Known() bool { return eventFamily.find(uint32(c)) != nil }

// String returns the event code's name, or its decimal number if the catalog does not hold it.
func (c EventCode) String() string {
	if name := c.Name(); name != "" {
		return name
	}
	return strconv.FormatUint(uint64(c), 10)
}

// EventCodeByName returns the event code whose stable name is name, such as "LLM_ERROR", and
// whether the catalog holds one.
func EventCodeByName(name string) (EventCode, bool) {
	code, ok := eventFamily.byName(name)
	return EventCode(code), ok
}
