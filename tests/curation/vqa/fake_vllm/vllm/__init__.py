"""A stand-in for the vllm package in tests of the offline job (real vLLM needs CUDA).

`LLM.chat` answers every conversation with a fixed item set whose evidence is the first sentence
of the report in the prompt; it checks that a JSON schema was passed as structured output.
"""

import json


class SamplingParams:
    def __init__(self, temperature=1.0, max_tokens=16, structured_outputs=None):
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.structured_outputs = structured_outputs


class _Completion:
    def __init__(self, text):
        self.text = text


class _Output:
    def __init__(self, text):
        self.outputs = [_Completion(text)]


class LLM:
    def __init__(self, model):
        self.model = model

    def chat(self, conversations, sampling_params, use_tqdm=True):
        assert sampling_params.structured_outputs.json["required"] == ["items"]
        outputs = []
        for messages in conversations:
            prompt = messages[-1]["content"]
            lang = "de" if "Antwort:" in prompt else "en"
            marker = ("Text zu diesem Bild: " if lang == "de" else "Text about this image: ")
            marker = marker if marker in prompt else ("Befund: " if lang == "de" else "Report: ")
            report = prompt.rsplit(marker, 1)[1].split("\n", 1)[0]
            item = {"question": "Gibt es einen Befund?" if lang == "de" else "Is there a finding?",
                    "answer": "ja" if lang == "de" else "yes", "answer_type": "closed", "options": [],
                    "evidence": report.split(".")[0], "lang": lang}
            outputs.append(_Output(json.dumps({"items": [item]})))
        return outputs
