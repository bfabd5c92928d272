# ndk-build modules for the prebuilt libzego_codes of this folder: include this file from
# your Android.mk, then add zego_codes (shared) or zego_codes_static to LOCAL_SHARED_LIBRARIES
# or LOCAL_STATIC_LIBRARIES. The headers come with either.
ZEGO_CODES_DIR := $(call my-dir)

include $(CLEAR_VARS)
LOCAL_MODULE := zego_codes
LOCAL_SRC_FILES := $(ZEGO_CODES_DIR)/lib/$(TARGET_ARCH_ABI)/libzego_codes.so
LOCAL_EXPORT_C_INCLUDES := $(ZEGO_CODES_DIR)/include
include $(PREBUILT_SHARED_LIBRARY)

include $(CLEAR_VARS)
LOCAL_MODULE := zego_codes_static
LOCAL_SRC_FILES := $(ZEGO_CODES_DIR)/lib/$(TARGET_ARCH_ABI)/libzego_codes.a
LOCAL_EXPORT_C_INCLUDES := $(ZEGO_CODES_DIR)/include
include $(PREBUILT_STATIC_LIBRARY)
