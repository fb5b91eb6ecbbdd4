#pragma once
// JsonObject: the user data (`attrs`) and unknown keys (`extra`) of a node or a tie, a JSON value
// that costs one pointer and no allocation while it is empty, which it is on nearly every node
// and tie of a large network (a plain nlohmann::json object allocates its map even when empty).
//
// It reads like the nlohmann::json it holds: get() (or the implicit conversion) gives the value, an
// empty object when nothing was stored; operator[] with a key, mutate() and assignment store a
// value (allocating on the first write). Equality compares values, so "never written" equals an
// empty object. Cost: sizeof one pointer; copying copies the value.

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <string_view>

namespace orgweave::core {

class JsonObject {
public:
    JsonObject() = default;
    JsonObject(const nlohmann::json& value) { assign(nlohmann::json(value)); }  // NOLINT: reads like a json
    JsonObject(nlohmann::json&& value) { assign(std::move(value)); }            // NOLINT
    JsonObject(const JsonObject& other)
        : m_value(other.m_value ? std::make_unique<nlohmann::json>(*other.m_value) : nullptr) {}
    JsonObject(JsonObject&&) noexcept = default;
    JsonObject& operator=(const JsonObject& other) {
        if (this != &other)
            m_value = other.m_value ? std::make_unique<nlohmann::json>(*other.m_value) : nullptr;
        return *this;
    }
    JsonObject& operator=(JsonObject&&) noexcept = default;
    JsonObject& operator=(const nlohmann::json& value) {
        assign(nlohmann::json(value));
        return *this;
    }
    JsonObject& operator=(nlohmann::json&& value) {
        assign(std::move(value));
        return *this;
    }
    ~JsonObject() = default;

    /// The value: an empty object when nothing was stored.
    const nlohmann::json& get() const { return m_value ? *m_value : emptyObject(); }
    operator const nlohmann::json&() const { return get(); }  // NOLINT: reads like a json
    /// The value for writing (allocates an empty object on the first call).
    nlohmann::json& mutate() {
        if (!m_value)
            m_value = std::make_unique<nlohmann::json>(nlohmann::json::object());
        return *m_value;
    }

    bool empty() const { return get().empty(); }
    std::size_t size() const { return get().size(); }
    bool is_object() const { return get().is_object(); }  // NOLINT: nlohmann's spelling
    template <typename Key>
    bool contains(Key&& key) const {
        return get().contains(std::forward<Key>(key));
    }
    std::string dump(int indent = -1) const { return get().dump(indent); }

    template <typename Key>
    nlohmann::json& operator[](Key&& key) {
        return mutate()[std::forward<Key>(key)];
    }
    /// Like a const nlohmann::json: the key must exist (check with contains()).
    template <typename Key>
    const nlohmann::json& operator[](Key&& key) const {
        return get()[std::forward<Key>(key)];
    }
    template <typename Key>
    const nlohmann::json& at(Key&& key) const {
        return get().at(std::forward<Key>(key));
    }
    template <typename Key>
    nlohmann::json& at(Key&& key) {
        return held().at(std::forward<Key>(key));
    }
    template <typename Key>
    nlohmann::json::const_iterator find(Key&& key) const {
        return get().find(std::forward<Key>(key));
    }
    template <typename Key>
    nlohmann::json::iterator find(Key&& key) {
        return held().find(std::forward<Key>(key));
    }
    nlohmann::json::const_iterator begin() const { return get().begin(); }
    nlohmann::json::const_iterator end() const { return get().end(); }
    nlohmann::json::iterator begin() { return held().begin(); }
    nlohmann::json::iterator end() { return held().end(); }
    auto items() const { return get().items(); }
    auto items() { return held().items(); }
    /// Removes `key`; returns how many values were removed (0 or 1).
    template <typename Key>
    std::size_t erase(Key&& key) {
        return m_value ? m_value->erase(std::forward<Key>(key)) : 0;
    }
    void erase(nlohmann::json::iterator position) { held().erase(position); }
    void clear() { m_value.reset(); }

    bool operator==(const JsonObject& other) const { return get() == other.get(); }
    bool operator==(const nlohmann::json& other) const { return get() == other; }

private:
    void assign(nlohmann::json&& value) {
        if (value.is_object() && value.empty())
            m_value.reset();
        else
            m_value = std::make_unique<nlohmann::json>(std::move(value));
    }
    /// The stored value, or a shared empty object that is only ever read (iterating it yields
    /// nothing, so nothing can be written through its iterators).
    nlohmann::json& held() { return m_value ? *m_value : mutableEmpty(); }
    static const nlohmann::json& emptyObject() { return mutableEmpty(); }
    static nlohmann::json& mutableEmpty() {
        static nlohmann::json empty = nlohmann::json::object();
        return empty;
    }

    std::unique_ptr<nlohmann::json> m_value;
};

}  // namespace orgweave::core
