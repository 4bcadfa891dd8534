/* AMDGPU mode registers: a callee built with -mno-amdgpu-ieee. */
float g_scale(float a) { return a * 3.0f; }
