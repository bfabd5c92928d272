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

// Looking up a code of another product: by product, and by section where the product's
// sections disagree on a number.
func ExampleProductCode() {
	// ASR's 410001002 is not AI Agent's.
	asr := zegocodes.ProductAsr.Code(410001002)
	fmt.Println(asr.Name(), asr.Guidance(), zegocodes.Code(410001002).Name())

	// RTC's sections disagree on 41003: unqualified, the lookup says so and gives each.
	rtc := zegocodes.ProductRtc.Code(41003)
	fmt.Println(rtc.Known(), rtc.Ambiguous(), rtc.Name() == "")
	for _, m := range rtc.Meanings() {
		section, _ := m.Section()
		fmt.Println(section, m.Name(), m.Message(zegocodes.En))
	}
	// Qualified by section, it answers exactly; so do the constants.
	files := zegocodes.SectionRtcMediaFiles.Code(41003)
	fmt.Println(files.Name(), files == zegocodes.Rtc_MediaFileNotFound)

	// Who defines 3? AI Agent does not: Code(3) is unknown, as before.
	fmt.Println(zegocodes.Code(3).Known())
	for _, m := range zegocodes.Definitions(zegocodes.KindReturn, 3) {
		fmt.Println(m)
	}
	// Output:
	// ASR_TASK_NOT_FOUND not_found AGENT_INSTANCE_NOT_FOUND
	// true true true
	// rtc/media_services LIVE_NOT_FOUND Live broadcast does not exist.
	// rtc/media_files MEDIA_FILE_NOT_FOUND File does not exist.
	// MEDIA_FILE_NOT_FOUND true
	// false
	// rtc/room_signaling 3 PARAMETER_TOO_LONG
	// rtc/media_services 3 CDN_LIVE_AUTH_FAILED
	// rtc/media_files 3 MEDIA_FILE_PERMISSION_NOT_ENABLED
	// zim/common 3 AUTHENTICATION_FAILED
	// super_board 3 AUTHENTICATION_FAILED
	// large_class 3 SYSTEM_ERROR
	// small_class 3 SYSTEM_ERROR
}

// Checking a response of another product's API, the product taken from the host called.
func ExampleCheckProduct() {
	product, _ := zegocodes.ProductFromHost("zim-api.zego.im")
	err := zegocodes.CheckProduct(product, 7, "too many requests", "req-45")

	var zerr *zegocodes.Error
	if errors.As(err, &zerr) {
		fmt.Println(zerr.Product, zerr.ProductCode().Name())
	}
	fmt.Println(errors.Is(err, zegocodes.ErrRateLimit))
	fmt.Println(err)
	// Output:
	// zim REQUEST_RATE_LIMITED
	// true
	// zegocodes: zim 7 REQUEST_RATE_LIMITED: too many requests (RequestId: req-45)
}
