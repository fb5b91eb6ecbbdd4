// The desktop's file chooser (xdg-desktop-portal): the request as plain data and as the D-Bus
// message body, without a bus; the fallback to the built-in dialog, headless, when there is no bus
// or no portal on the bus; and, on a private bus (dbus-daemon) with a stand-in portal, Open and
// Save As through the portal's Response signal, and a cancel.
#include "FileTestSupport.hpp"
#include "HeadlessImGui.hpp"
#include "TestDocuments.hpp"
#include "orgweave/studio/files/DesktopFileChooser.hpp"
#include "orgweave/studio/files/PortalRequest.hpp"
#include "orgweave/studio/session/MainWindow.hpp"

#include <gio/gio.h>
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

using namespace orgweave;
using studio::DesktopFileChooser;
using studio::PortalRequest;

namespace {

const std::vector<studio::FileDialog::Filter> kFilters{
    {"orgweave networks (*.orgweave.json)", {".orgweave.json"}},
    {"GraphML (*.graphml)", {".graphml"}},
    {"All files", {}},
};

/// Draws frames until the desktop chooser has answered (at most a few seconds).
void waitForChooser(studio::test::HeadlessImGui& imgui, studio::MainWindow& window) {
    for (int k = 0; k < 500 && window.files().desktopChooserPending(); ++k)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    imgui.frame([&] { window.draw(); });
    imgui.frame([&] { window.draw(); });
}

}  // namespace

TEST_CASE("desktop file chooser: the portal request carries the title, filters, folder and name",
          "[studio][portal]") {
    const PortalRequest open = PortalRequest::open("Open a network", kFilters, "/home/kari/nett", "tok1");
    CHECK(open.method == "OpenFile");
    CHECK(open.handleToken == "tok1");
    REQUIRE(open.filters.size() == 3);
    CHECK(open.filters[0].name == "orgweave networks (*.orgweave.json)");
    CHECK(open.filters[0].patterns ==
          std::vector<std::pair<std::uint32_t, std::string>>{{0, "*.orgweave.json"}, {0, "*.ORGWEAVE.JSON"}});
    CHECK(open.filters[2].patterns == std::vector<std::pair<std::uint32_t, std::string>>{{0, "*"}});
    CHECK(open.currentFilter == std::optional<std::size_t>(0));

    CHECK(
        DesktopFileChooser::describe(open) ==
        "('', 'Open a network', {'handle_token': <'tok1'>, 'modal': <true>, 'filters': "
        "<[('orgweave networks (*.orgweave.json)', [(uint32 0, '*.orgweave.json'), (0, '*.ORGWEAVE.JSON')]), "
        "('GraphML (*.graphml)', [(0, '*.graphml'), (0, '*.GRAPHML')]), ('All files', [(0, '*')])]>, "
        "'current_filter': <('orgweave networks (*.orgweave.json)', [(uint32 0, '*.orgweave.json'), "
        "(0, '*.ORGWEAVE.JSON')])>, 'current_folder': <b'/home/kari/nett'>})");

    const PortalRequest save =
        PortalRequest::save("Save the network as", kFilters, "/tmp", "region.orgweave.json", "tok2");
    CHECK(save.method == "SaveFile");
    const std::string body = DesktopFileChooser::describe(save);
    CHECK(body.find("'current_name': <'region.orgweave.json'>") != std::string::npos);
    CHECK(body.find("'handle_token': <'tok2'>") != std::string::npos);

    CHECK(DesktopFileChooser::newToken() != DesktopFileChooser::newToken());
}

TEST_CASE("desktop file chooser: request paths and the chosen file's URI", "[studio][portal]") {
    CHECK(PortalRequest::requestPath(":1.42", "orgweave_7_1") ==
          "/org/freedesktop/portal/desktop/request/1_42/orgweave_7_1");
    CHECK(PortalRequest::pathFromUri("file:///home/kari/Nettverk%20%C3%B8st.orgweave.json") ==
          std::filesystem::path("/home/kari/Nettverk \xC3\xB8st.orgweave.json"));
    CHECK(PortalRequest::pathFromUri("file://localhost/tmp/a.graphml") ==
          std::filesystem::path("/tmp/a.graphml"));
    CHECK_FALSE(PortalRequest::pathFromUri("https://example.org/a.json").has_value());
    CHECK_FALSE(PortalRequest::pathFromUri("file://server/share/a.json").has_value());
    CHECK_FALSE(PortalRequest::pathFromUri("file:").has_value());
    CHECK(PortalRequest::pathFromUri("file:///tmp/100%") == std::filesystem::path("/tmp/100%"));
}

TEST_CASE("desktop file chooser: without a bus, Open and Save As fall back to the built-in dialog",
          "[studio][portal]") {
    studio::test::HeadlessImGui imgui(ImVec2(1400.0f, 900.0f));
    studio::MainWindow window;
    window.setDocument(studio::test::smallNetwork(), "network.orgweave.json");
    window.files().useDesktopChooser(
        std::make_unique<DesktopFileChooser>("unix:path=/nonexistent/orgweave-test/bus"));
    imgui.frame([&] { window.draw(); });

    window.files().requestOpenDialog(window.workspace());
    CHECK_FALSE(window.files().dialog().isOpen());  // the desktop is asked first
    waitForChooser(imgui, window);
    CHECK(window.files().dialog().isOpen());
    CHECK(window.files().dialog().mode() == studio::FileDialog::Mode::Open);
    CHECK_FALSE(window.files().usesDesktopChooser());  // the built-in dialog from now on
    window.files().dialog().close();

    window.files().requestSaveAs(window.workspace());
    CHECK(window.files().dialog().isOpen());
    CHECK(window.files().dialog().mode() == studio::FileDialog::Mode::Save);
    CHECK(window.files().dialog().typedPath() == "network.orgweave.json");
}

namespace {

/// A private message bus (dbus-daemon) for one test, ended by its pid.
class PrivateBus {
public:
    PrivateBus() {
        FILE* daemon = popen("dbus-daemon --session --fork --print-address=1 --print-pid=1 2>/dev/null", "r");
        char address[512] = {};
        char pid[64] = {};
        if (daemon != nullptr && std::fgets(address, sizeof address, daemon) != nullptr &&
            std::fgets(pid, sizeof pid, daemon) != nullptr) {
            m_address = address;
            while (!m_address.empty() && (m_address.back() == '\n' || m_address.back() == '\r'))
                m_address.pop_back();
            m_pid = std::atol(pid);
        }
        if (daemon != nullptr)
            pclose(daemon);
    }
    ~PrivateBus() {
        if (m_pid > 0 && std::system(("kill " + std::to_string(m_pid)).c_str()) != 0)
            WARN("could not end the test's dbus-daemon " << m_pid);
    }
    PrivateBus(const PrivateBus&) = delete;
    PrivateBus& operator=(const PrivateBus&) = delete;
    bool started() const { return m_pid > 0 && !m_address.empty(); }
    const std::string& address() const { return m_address; }

private:
    std::string m_address;
    long m_pid = 0;
};

/// A stand-in for xdg-desktop-portal on a private bus: owns org.freedesktop.portal.Desktop, answers
/// OpenFile and SaveFile with the request path the portal spec gives, then sends Response with
/// `code` and `uri`. It remembers the method and title it was asked for.
class FakePortal {
public:
    FakePortal(const std::string& address, guint32 code, std::string uri)
        : m_code(code), m_uri(std::move(uri)) {
        m_bus = g_dbus_connection_new_for_address_sync(
            address.c_str(),
            static_cast<GDBusConnectionFlags>(G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                              G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION),
            nullptr, nullptr, nullptr);
        REQUIRE(m_bus != nullptr);
        GVariant* owned = g_dbus_connection_call_sync(
            m_bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "RequestName",
            g_variant_new("(su)", "org.freedesktop.portal.Desktop", 4u), G_VARIANT_TYPE("(u)"),
            G_DBUS_CALL_FLAGS_NONE, 5000, nullptr, nullptr);
        REQUIRE(owned != nullptr);
        g_variant_unref(owned);
        m_info = g_dbus_node_info_new_for_xml(
            "<node><interface name='org.freedesktop.portal.FileChooser'>"
            "<method name='OpenFile'><arg type='s' direction='in'/><arg type='s' direction='in'/>"
            "<arg type='a{sv}' direction='in'/><arg type='o' direction='out'/></method>"
            "<method name='SaveFile'><arg type='s' direction='in'/><arg type='s' direction='in'/>"
            "<arg type='a{sv}' direction='in'/><arg type='o' direction='out'/></method>"
            "</interface></node>",
            nullptr);
        m_context = g_main_context_new();
        g_main_context_push_thread_default(m_context);  // method calls are dispatched there
        static const GDBusInterfaceVTable vtable{&FakePortal::onCall, nullptr, nullptr, {}};
        m_object = g_dbus_connection_register_object(m_bus, "/org/freedesktop/portal/desktop",
                                                     m_info->interfaces[0], &vtable, this, nullptr, nullptr);
        g_main_context_pop_thread_default(m_context);
        m_loop = g_main_loop_new(m_context, FALSE);
        m_thread = std::thread([this] { g_main_loop_run(m_loop); });
    }
    ~FakePortal() {
        g_main_loop_quit(m_loop);
        m_thread.join();
        g_dbus_connection_unregister_object(m_bus, m_object);
        g_main_loop_unref(m_loop);
        g_main_context_unref(m_context);
        g_dbus_node_info_unref(m_info);
        g_object_unref(m_bus);
    }
    FakePortal(const FakePortal&) = delete;
    FakePortal& operator=(const FakePortal&) = delete;

    std::string method() const {
        const std::lock_guard lock(m_mutex);
        return m_method;
    }

private:
    static void onCall(GDBusConnection* bus, const gchar* sender, const gchar*, const gchar*,
                       const gchar* method, GVariant* parameters, GDBusMethodInvocation* invocation,
                       gpointer data) {
        auto* self = static_cast<FakePortal*>(data);
        GVariant* options = g_variant_get_child_value(parameters, 2);
        const gchar* token = "none";
        g_variant_lookup(options, "handle_token", "&s", &token);
        const std::string path = PortalRequest::requestPath(sender, token);
        g_variant_unref(options);
        {
            const std::lock_guard lock(self->m_mutex);
            self->m_method = method;
        }
        g_dbus_method_invocation_return_value(invocation, g_variant_new("(o)", path.c_str()));
        GVariantBuilder results;
        g_variant_builder_init(&results, G_VARIANT_TYPE_VARDICT);
        if (self->m_code == 0) {
            const gchar* uris[] = {self->m_uri.c_str(), nullptr};
            g_variant_builder_add(&results, "{sv}", "uris", g_variant_new_strv(uris, -1));
        }
        g_dbus_connection_emit_signal(bus, sender, path.c_str(), "org.freedesktop.portal.Request", "Response",
                                      g_variant_new("(ua{sv})", self->m_code, &results), nullptr);
    }

    guint32 m_code;
    std::string m_uri;
    GDBusConnection* m_bus = nullptr;
    GDBusNodeInfo* m_info = nullptr;
    GMainContext* m_context = nullptr;
    GMainLoop* m_loop = nullptr;
    guint m_object = 0;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::string m_method;
};

}  // namespace

TEST_CASE("desktop file chooser: a session bus without a portal falls back to the built-in dialog",
          "[studio][portal]") {
    PrivateBus bus;
    if (!bus.started()) {
        WARN("dbus-daemon is not available: skipped");
        return;
    }
    studio::test::HeadlessImGui imgui(ImVec2(1400.0f, 900.0f));
    studio::MainWindow window;
    window.setDocument(studio::test::smallNetwork(), "network.orgweave.json");
    window.files().useDesktopChooser(std::make_unique<DesktopFileChooser>(bus.address()));
    window.files().requestOpenDialog(window.workspace());
    waitForChooser(imgui, window);
    CHECK(window.files().dialog().isOpen());
    CHECK_FALSE(window.files().usesDesktopChooser());
}

TEST_CASE("desktop file chooser: the portal's answer opens or saves the file it names, a cancel does nothing",
          "[studio][portal]") {
    PrivateBus bus;
    if (!bus.started()) {
        WARN("dbus-daemon is not available: skipped");
        return;
    }
    studio::test::TempFolder folder("portal");
    const std::filesystem::path file = folder / "chosen network.orgweave.json";
    const std::string uri = "file://" + (folder.path() / "chosen%20network.orgweave.json").string();
    studio::test::HeadlessImGui imgui(ImVec2(1400.0f, 900.0f));
    studio::MainWindow window;
    window.setDocument(studio::test::smallNetwork(), "");

    SECTION("Save As writes where the desktop's chooser says") {
        FakePortal portal(bus.address(), 0, uri);
        window.files().useDesktopChooser(std::make_unique<DesktopFileChooser>(bus.address()));
        window.files().requestSaveAs(window.workspace());
        waitForChooser(imgui, window);
        CHECK(portal.method() == "SaveFile");
        CHECK(std::filesystem::exists(file));
        CHECK(window.document()->path() == file);
        CHECK_FALSE(window.files().dialog().isOpen());
        CHECK(window.files().usesDesktopChooser());

        // Open the saved file through the chooser: the same document comes back.
        window.files().requestOpenDialog(window.workspace());
        waitForChooser(imgui, window);
        CHECK(portal.method() == "OpenFile");
        CHECK(window.document()->path() == file);
        CHECK(window.workspace().model()->nodes.size() == studio::test::smallNetwork().nodes.size());
    }
    SECTION("a cancel in the desktop's chooser opens nothing") {
        FakePortal portal(bus.address(), 1, uri);
        window.files().useDesktopChooser(std::make_unique<DesktopFileChooser>(bus.address()));
        window.files().requestSaveAs(window.workspace());
        waitForChooser(imgui, window);
        CHECK_FALSE(std::filesystem::exists(file));
        CHECK_FALSE(window.files().dialog().isOpen());
        CHECK(window.files().usesDesktopChooser());
    }
}
