package zegocodes_test

import (
	"errors"
	"fmt"
	"log"

	"github.com/zego-codes/zegocodes"
)

// A response of the AI Agent API, decoded from JSON.
type response struct {
	Code      uint32
	Message   string
	RequestId string
}

func ExampleCheck() {
	resp := response{Code: 410001002, Message: "agent instance not found", RequestId: "req-42"}
	err := zegocodes.Check(resp.Code, resp.Message, resp.RequestId)

	var zerr *zegocodes.Error
	if errors.As(err, &zerr) {
		fmt.Println(zerr.Code.Name(), zerr.RequestID)
	}
	fmt.Println(errors.Is(err, zegocodes.ErrNotFound), errors.Is(err, zegocodes.ErrRateLimit))
	fmt.Println(zegocodes.Check(0, "", "req-43"))
	// Output:
	// AGENT_INSTANCE_NOT_FOUND req-42
	// true false
	// <nil>
}

// Handling a failed call by what the caller should do.
func ExampleCheck_guidance() {
	err := zegocodes.Check(410000001, "system error", "req-44")
	switch {
	case err == nil:
		// success
	case errors.Is(err, zegocodes.ErrRateLimit), errors.Is(err, zegocodes.ErrServiceUnavailable):
		log.Print("retry later: ", err)
	case errors.Is(err, zegocodes.ErrNotFound):
		log.Print("gone: ", err)
	default:
		log.Print("failed: ", err)
	}
}

func ExampleCode_Message() {
	code := zegocodes.AgentInstanceNotFound
	fmt.Println(uint32(code), code.Name(), code.Known())
	fmt.Println(code.Message(zegocodes.En) == zegocodes.Code(410001002).Message(zegocodes.En))
	// Output:
	// 410001002 AGENT_INSTANCE_NOT_FOUND true
	// true
}

func ExampleCode_Known() {
	code := zegocodes.Code(410999999) // a business code the catalog does not hold
	fmt.Println(code.Known(), code.Name() == "", code.Category(), code.Guidance(), code)
	// Output:
	// false true business unknown 410999999
}

func ExampleCodeByName() {
	code, ok := zegocodes.CodeByName("AGENT_INSTANCE_NOT_FOUND")
	fmt.Println(uint32(code), ok, code == zegocodes.AgentInstanceNotFound)
	// Output:
	// 410001002 true true
}

func ExampleEventCode() {
	code := zegocodes.EventCode(2201) // Data.Code of an Exception callback
	fmt.Println(code.Name(), code.Category(), code == zegocodes.EventLLMError)
	// Output:
	// LLM_ERROR llm true
}
