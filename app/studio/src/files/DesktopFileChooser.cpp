// DesktopFileChooser: sections · the message · the request thread · the caller's side
#include "orgweave/studio/files/DesktopFileChooser.hpp"

#include "orgweave/core/Translate.hpp"

#include <gio/gio.h>
#include <unistd.h>

#include <atomic>
#include <utility>

namespace orgweave::studio {

namespace {

constexpr const char* kPortalName = "org.freedesktop.portal.Desktop";
constexpr const char* kPortalPath = "/org/freedesktop/portal/desktop";
constexpr const char* kChooserInterface = "org.freedesktop.portal.FileChooser";
constexpr const char* kRequestInterface = "org.freedesktop.portal.Request";
constexpr int kCallTimeoutMs = 30000;  ///< the portal may have to start first

/// The (ssa{sv}) body of OpenFile / SaveFile: parent window, title, options.
GVariant* requestBody(const PortalRequest& request) {
    GVariantBuilder options;
    g_variant_builder_init(&options, G_VARIANT_TYPE_VARDICT);
    g_variant_builder_add(&options, "{sv}", "handle_token",
                          g_variant_new_string(request.handleToken.c_str()));
    if (!request.acceptLabel.empty())
        g_variant_builder_add(&options, "{sv}", "accept_label",
                              g_variant_new_string(request.acceptLabel.c_str()));
    g_variant_builder_add(&options, "{sv}", "modal", g_variant_new_boolean(request.modal));
    const auto filterVariant = [](const PortalRequest::Filter& filter) {
        GVariantBuilder patterns;
        g_variant_builder_init(&patterns, G_VARIANT_TYPE("a(us)"));
        for (const auto& [type, pattern] : filter.patterns)
            g_variant_builder_add(&patterns, "(us)", type, pattern.c_str());
        return g_variant_new("(sa(us))", filter.name.c_str(), &patterns);
    };
    if (!request.filters.empty()) {
        GVariantBuilder filters;
        g_variant_builder_init(&filters, G_VARIANT_TYPE("a(sa(us))"));
        for (const PortalRequest::Filter& filter : request.filters)
            g_variant_builder_add_value(&filters, filterVariant(filter));
        g_variant_builder_add(&options, "{sv}", "filters", g_variant_builder_end(&filters));
        if (request.currentFilter && *request.currentFilter < request.filters.size())
            g_variant_builder_add(&options, "{sv}", "current_filter",
                                  filterVariant(request.filters[*request.currentFilter]));
    }
    if (!request.currentName.empty())
        g_variant_builder_add(&options, "{sv}", "current_name",
                              g_variant_new_string(request.currentName.c_str()));
    if (!request.currentFolder.empty())
        g_variant_builder_add(&options, "{sv}", "current_folder",
                              g_variant_new_bytestring(request.currentFolder.c_str()));
    return g_variant_new("(ssa{sv})", request.parentWindow.c_str(), request.title.c_str(), &options);
}

std::string errorText(GError* error) {
    std::string text = error != nullptr ? error->message : "unknown error";
    if (error != nullptr)
        g_error_free(error);
    return text;
}

}  // namespace

// --------------------------------------------------------------------------------- the message

std::string DesktopFileChooser::describe(const PortalRequest& request) {
    GVariant* body = g_variant_ref_sink(requestBody(request));
    gchar* text = g_variant_print(body, FALSE);
    std::string result = text;
    g_free(text);
    g_variant_unref(body);
    return result;
}

std::string DesktopFileChooser::newToken() {
    static std::atomic<unsigned> counter{0};
    return "orgweave_" + std::to_string(static_cast<long>(getpid())) + "_" + std::to_string(++counter);
}

// --------------------------------------------------------------------------- the request thread

struct DesktopFileChooser::Shared {
    std::mutex mutex;
    std::optional<Outcome> outcome;
    GCancellable* cancellable = nullptr;  ///< owned; cancelled by the destructor
    GMainContext* context = nullptr;      ///< owned; the worker's, woken to stop waiting
    std::atomic<bool> stop{false};

    // The Response signal's answer, filled on the worker thread.
    bool answered = false;
    guint32 code = 2;
    std::optional<std::filesystem::path> chosen;

    static void onResponse(GDBusConnection*, const gchar*, const gchar*, const gchar*, const gchar*,
                           GVariant* parameters, gpointer data) {
        auto* self = static_cast<Shared*>(data);
        GVariant* results = nullptr;
        g_variant_get(parameters, "(u@a{sv})", &self->code, &results);
        const gchar** uris = nullptr;
        if (results != nullptr && g_variant_lookup(results, "uris", "^a&s", &uris) && uris != nullptr) {
            if (uris[0] != nullptr)
                self->chosen = PortalRequest::pathFromUri(uris[0]);
            g_free(uris);
        }
        if (results != nullptr)
            g_variant_unref(results);
        self->answered = true;
    }

    void finish(Outcome result) {
        const std::lock_guard lock(mutex);
        outcome = std::move(result);
    }

    /// The whole request, on the worker thread.
    void run(const std::string& address, const PortalRequest& request) {
        GError* error = nullptr;
        GDBusConnection* bus =
            address.empty()
                ? g_bus_get_sync(G_BUS_TYPE_SESSION, cancellable, &error)
                : g_dbus_connection_new_for_address_sync(
                      address.c_str(),
                      static_cast<GDBusConnectionFlags>(G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                        G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION),
                      nullptr, cancellable, &error);
        if (bus == nullptr) {
            finish({Status::Unavailable, {}, core::tr("no session bus: ") + errorText(error)});
            return;
        }
        if (!portalPresent(bus)) {
            finish({Status::Unavailable, {}, core::tr("no desktop portal on the session bus")});
            g_object_unref(bus);
            return;
        }
        g_main_context_push_thread_default(context);
        const char* unique = g_dbus_connection_get_unique_name(bus);
        std::string path = PortalRequest::requestPath(unique != nullptr ? unique : "", request.handleToken);
        // Subscribe before calling, so an answer cannot come before we listen.
        guint subscription = subscribe(bus, path);
        GVariant* reply = g_dbus_connection_call_sync(
            bus, kPortalName, kPortalPath, kChooserInterface, request.method.c_str(), requestBody(request),
            G_VARIANT_TYPE("(o)"), G_DBUS_CALL_FLAGS_NONE, kCallTimeoutMs, cancellable, &error);
        if (reply == nullptr) {
            finish({Status::Unavailable,
                    {},
                    core::tr("the desktop portal refused the request: ") + errorText(error)});
        } else {
            const gchar* handle = nullptr;
            g_variant_get(reply, "(&o)", &handle);
            if (handle != nullptr && path != handle) {  // an old portal: it chose the path itself
                g_dbus_connection_signal_unsubscribe(bus, subscription);
                path = handle;
                subscription = subscribe(bus, path);
            }
            g_variant_unref(reply);
            while (!answered && !stop.load())
                g_main_context_iteration(context, TRUE);
            if (!answered) {  // the studio is closing: close the dialog
                g_dbus_connection_call_sync(bus, kPortalName, path.c_str(), kRequestInterface, "Close",
                                            nullptr, nullptr, G_DBUS_CALL_FLAGS_NONE, 1000, nullptr, nullptr);
            }
            if (answered && code == 0 && chosen)
                finish({Status::Chosen, *chosen, {}});
            else if (answered && code == 1)
                finish({Status::Cancelled, {}, {}});
            else
                finish(
                    {Status::Unavailable, {}, core::tr("the desktop's file chooser ended without a file")});
        }
        g_dbus_connection_signal_unsubscribe(bus, subscription);
        g_main_context_pop_thread_default(context);
        g_object_unref(bus);
    }

    guint subscribe(GDBusConnection* bus, const std::string& path) {
        return g_dbus_connection_signal_subscribe(bus, kPortalName, kRequestInterface, "Response",
                                                  path.c_str(), nullptr, G_DBUS_SIGNAL_FLAGS_NONE,
                                                  &Shared::onResponse, this, nullptr);
    }

    /// Whether a portal owns its name or can be started by the bus.
    bool portalPresent(GDBusConnection* bus) {
        const auto ask = [&](const char* method, GVariant* arguments, const char* type) {
            return g_dbus_connection_call_sync(
                bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", method,
                arguments, G_VARIANT_TYPE(type), G_DBUS_CALL_FLAGS_NONE, 5000, cancellable, nullptr);
        };
        bool present = false;
        if (GVariant* owner = ask("NameHasOwner", g_variant_new("(s)", kPortalName), "(b)")) {
            gboolean has = FALSE;
            g_variant_get(owner, "(b)", &has);
            present = has != FALSE;
            g_variant_unref(owner);
        }
        if (!present) {
            if (GVariant* names = ask("ListActivatableNames", nullptr, "(as)")) {
                const gchar** list = nullptr;
                g_variant_get(names, "(^a&s)", &list);
                for (std::size_t i = 0; list != nullptr && list[i] != nullptr && !present; ++i)
                    present = std::string_view(list[i]) == kPortalName;
                g_free(list);
                g_variant_unref(names);
            }
        }
        return present;
    }

    ~Shared() {
        if (context != nullptr)
            g_main_context_unref(context);
        if (cancellable != nullptr)
            g_object_unref(cancellable);
    }
};

// ----------------------------------------------------------------------------- the caller's side

DesktopFileChooser::DesktopFileChooser(std::string address) : m_address(std::move(address)) {}

DesktopFileChooser::~DesktopFileChooser() {
    if (m_shared) {
        m_shared->stop = true;
        g_cancellable_cancel(m_shared->cancellable);
        g_main_context_wakeup(m_shared->context);
    }
    join();
}

void DesktopFileChooser::join() {
    if (m_worker.joinable())
        m_worker.join();
}

void DesktopFileChooser::start(PortalRequest request) {
    if (m_pending.load())
        return;
    join();  // the previous request's thread has finished
    m_shared = std::make_shared<Shared>();
    m_shared->cancellable = g_cancellable_new();
    m_shared->context = g_main_context_new();  // made here, so the destructor can always wake it
    m_pending = true;
    m_worker = std::thread([shared = m_shared, address = m_address, request = std::move(request), this] {
        shared->run(address, request);
        m_pending = false;
    });
}

std::optional<DesktopFileChooser::Outcome> DesktopFileChooser::takeOutcome() {
    if (!m_shared || m_pending.load())
        return std::nullopt;
    const std::lock_guard lock(m_shared->mutex);
    std::optional<Outcome> outcome = std::move(m_shared->outcome);
    m_shared->outcome.reset();
    return outcome;
}

}  // namespace orgweave::studio
